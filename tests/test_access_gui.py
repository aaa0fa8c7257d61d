"""The Access dialog, the password change and the audit log dock, offscreen, against the real
PostGIS, as real login roles signing in with a password over TCP (as in test_access_control)."""

from datetime import datetime, timedelta, timezone

import psycopg2
import pytest
from psycopg2 import sql
from qgis.PyQt.QtWidgets import QApplication, QDialog

from gpsu_plugin.core import access, incidents
from gpsu_plugin.gui import access_dialog
from gpsu_plugin.gui.access_dialog import AccessDialog, AccountFormDialog, OneTimePasswordDialog
from gpsu_plugin.gui.audit_dock import COLUMN_ACTION, AuditDock, action_label
from gpsu_plugin.gui.change_password_dialog import ChangePasswordDialog, ask_new_password

PASSWORD = "Tr0ub4dor-&-Horse"


@pytest.fixture(scope="module")
def world(postgis_server, gpsu_db):
    """An administrator and a field officer (login roles with a known password), two schools."""
    su = postgis_server.connect(gpsu_db)
    su.autocommit = True
    suffix = gpsu_db.rsplit("_", 1)[-1]
    logins = {"admin": "guiadmin_" + suffix, "field": "guifield_" + suffix}
    with su.cursor() as cur:
        cur.execute("SELECT code, id FROM gpsu.services")
        services = dict(cur.fetchall())
        schools = {}
        for code in "AB":
            cur.execute("INSERT INTO gpsu.schools (code, name, geom) VALUES (%s, %s, "
                        "ST_SetSRID(ST_MakePoint(100000, 150000), 31370)) RETURNING id",
                        ("0590GUI{}{}".format(code, suffix), "École " + code))
            schools[code] = cur.fetchone()[0]
        for key, roles in (("admin", ["gpsu_admin"]), ("field", ["gpsu_field_officer"])):
            cur.execute("SELECT gpsu.create_account(%s, %s, %s, %s)",
                        (logins[key], key.title(), access.verifier(su, logins[key], PASSWORD), roles))
            cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (logins[key],))
            cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(sql.Identifier(logins[key])))
    world = {"su": su, "server": postgis_server, "db": gpsu_db, "logins": logins, "services": services,
             "schools": schools, "suffix": suffix}
    world["admin"] = sign_in(world, logins["admin"])
    world["field"] = sign_in(world, logins["field"])
    yield world
    for key in ("admin", "field"):
        world[key].close()
    su.close()


def sign_in(world, login, password=PASSWORD):
    return psycopg2.connect(world["server"].conninfo(world["db"], user=login, tcp=True), password=password)


def listed(world, login):
    return {a.login: a for a in access.accounts(world["admin"])}.get(login)


def modal(monkeypatch, cls, action):
    """Replace `cls.exec_` (a modal loop) by `action(dialog)`; records each dialog shown."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        action(dialog)
        return dialog.result()
    monkeypatch.setattr(cls, "exec_", exec_)
    return shown


def note_password(seen):
    """An action for OneTimePasswordDialog: note what it shows, press Copy, close it."""
    def action(dialog):
        dialog.copy_button.click()
        seen.append({"password": dialog.password.text(), "intro": dialog.intro.text(),
                     "warning": dialog.warning.text(), "title": dialog.windowTitle(),
                     "clipboard": QApplication.clipboard().text(), "copied": dialog.copied.text()})
        dialog.accept()
    return action


@pytest.fixture
def make_dialog(qtbot, world):
    def make(conn=None):
        dialog = AccessDialog(conn or world["admin"], language="en")
        qtbot.addWidget(dialog)
        return dialog
    return make


# -- the Access dialog -------------------------------------------------------------------------------

def test_creating_an_account_shows_its_password_once(world, make_dialog, monkeypatch):
    login = "jmartin_" + world["suffix"]
    dialog = make_dialog()
    assert not dialog.refused and dialog.model.row_of(world["logins"]["admin"]) >= 0
    passwords = []
    modal(monkeypatch, OneTimePasswordDialog, note_password(passwords))
    form_state = {}

    def fill(form):
        assert form.windowTitle() == "New account"
        assert not form.ok_button.isEnabled()  # no login, no role yet
        assert not form.schools_box.isEnabled()  # only for a school editor
        form.login.setText(login)
        form.full_name.setText("Jeanne Martin")
        form.role_boxes["gpsu_handler"].setChecked(True)
        form.role_boxes["gpsu_school_editor"].setChecked(True)
        form_state["schools_enabled"] = form.schools_box.isEnabled()
        form.set_checked("services", [world["services"]["works"]])
        form.set_checked("schools", [world["schools"]["A"]])
        form.expires.setChecked(True)
        form.expiry_date.setDate(form.expiry_date.date().addDays(30))
        assert form.ok_button.isEnabled()
        form.ok_button.click()
        form_state["error"] = form.last_error
    forms = modal(monkeypatch, AccountFormDialog, fill)

    dialog.new_button.click()

    assert form_state == {"schools_enabled": True, "error": None} and forms[0].result() == QDialog.Accepted
    assert len(passwords) == 1
    shown = passwords[0]
    password = shown["password"]
    assert not access.password_problems(password, login)
    assert shown["title"] == "Initial password" and "Jeanne Martin ({})".format(login) in shown["intro"]
    assert "will not be shown again" in shown["warning"]
    assert shown["clipboard"] == password and "Copied" in shown["copied"]
    # not kept anywhere once closed
    assert all(password not in str(value) for value in vars(dialog).values())
    assert all(password not in str(value) for value in vars(forms[0]).values())
    # listed, selected, with the labels of its roles
    row = dialog.model.row_of(login)
    assert row >= 0 and dialog.selected_login() == login
    roles_text = dialog.model.index(row, access_dialog.COLUMN_ROLES).data()
    assert roles_text == "Service handler, School editor"
    assert "École A" in dialog.model.index(row, access_dialog.COLUMN_SCHOOLS).data()
    assert dialog.model.index(row, access_dialog.COLUMN_MUST_CHANGE).data() == "Yes"
    account = listed(world, login)
    assert account.roles == ["gpsu_handler", "gpsu_school_editor"]
    assert account.services == [world["services"]["works"]] and account.schools == [world["schools"]["A"]]
    assert account.expires_at.date() > (datetime.now(timezone.utc) + timedelta(days=360)).date()
    # the person signs in with it and must change it
    person = sign_in(world, login, password)
    assert access.signed_in(person).must_change_password
    person.close()


def test_a_taken_login_keeps_the_form_open_with_the_reason(world, make_dialog, monkeypatch):
    dialog = make_dialog()
    passwords = []
    modal(monkeypatch, OneTimePasswordDialog, note_password(passwords))
    errors = []

    def fill(form):
        form.login.setText(world["logins"]["field"])
        form.role_boxes["gpsu_responder"].setChecked(True)
        form.ok_button.click()
        errors.append((form.result() != QDialog.Accepted, form.error.text()))
        form.reject()
    modal(monkeypatch, AccountFormDialog, fill)
    dialog.new_button.click()
    assert passwords == []
    assert errors == [(True, "This login name is already taken on the server.")]


def test_editing_roles_then_disabling(world, make_dialog, monkeypatch):
    login = "jedit_" + world["suffix"]
    password = access.create_account(world["admin"], login, "Paul Edit", ["gpsu_school_editor"],
                                     schools=[world["schools"]["B"]])
    dialog = make_dialog()
    dialog.select(login)
    assert dialog.selected_login() == login and dialog.edit_button.isEnabled()

    def edit(form):
        assert form.windowTitle() == "Account " + login
        assert not form.login.isEnabled() and form.full_name.text() == "Paul Edit"
        assert form.role_boxes["gpsu_school_editor"].isChecked() and form.schools_chosen() == [world["schools"]["B"]]
        form.role_boxes["gpsu_school_editor"].setChecked(False)
        assert not form.schools_box.isEnabled() and form.schools_chosen() == []
        form.role_boxes["gpsu_analyst"].setChecked(True)
        form.role_boxes["gpsu_personal_data"].setChecked(True)
        form.full_name.setText("Paul Édith")
        form.ok_button.click()
    modal(monkeypatch, AccountFormDialog, edit)
    dialog.edit_button.click()
    account = listed(world, login)
    assert account.roles == ["gpsu_analyst", "gpsu_personal_data"] and account.schools == []
    assert account.full_name == "Paul Édith"
    row = dialog.model.row_of(login)
    assert dialog.model.index(row, access_dialog.COLUMN_ROLES).data() == \
        "Analyst / evaluator, Reads personal details"

    # disable: asked first; "no" changes nothing
    questions = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: questions.append(text) or False)
    assert dialog.enable_button.text() == "Disable"
    dialog.enable_button.click()
    assert not listed(world, login).disabled and login in questions[0]
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    dialog.enable_button.click()
    assert listed(world, login).disabled
    row = dialog.model.row_of(login)
    assert dialog.model.index(row, access_dialog.COLUMN_STATE).data() == "Disabled"
    assert dialog.selected_login() == login and dialog.enable_button.text() == "Enable"
    assert not dialog.reset_button.isEnabled()
    with pytest.raises(psycopg2.OperationalError):
        sign_in(world, login, password)
    dialog.enable_button.click()
    assert not listed(world, login).disabled

    # reset: a temporary password, shown once, which signs in
    passwords = []
    modal(monkeypatch, OneTimePasswordDialog, note_password(passwords))
    dialog.reset_button.click()
    assert len(passwords) == 1 and passwords[0]["title"] == "Temporary password"
    temporary = passwords[0]["password"]
    assert temporary != password
    person = sign_in(world, login, temporary)
    assert access.signed_in(person).must_change_password
    person.close()


def test_an_administrator_cannot_remove_their_own_role(world, make_dialog, monkeypatch):
    dialog = make_dialog()
    dialog.select(world["logins"]["admin"])
    messages = []

    def edit(form):
        form.role_boxes["gpsu_admin"].setChecked(False)
        form.role_boxes["gpsu_responder"].setChecked(True)
        form.ok_button.click()
        messages.append(form.error.text())
        form.reject()
    modal(monkeypatch, AccountFormDialog, edit)
    dialog.edit_button.click()
    assert messages == ["You cannot remove your own administrator role or disable your own account."]
    assert listed(world, world["logins"]["admin"]).roles == ["gpsu_admin"]


def test_pseudonymisation_counts_first_and_asks(world, make_dialog, monkeypatch):
    su = world["su"]
    su.autocommit = False
    with su, su.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'graffiti'")
        graffiti = cur.fetchone()[0]
    old = incidents.save(su, incidents.IncidentDraft(
        category_id=graffiti, x=100000, y=150000, observed_at=datetime.now(timezone.utc) - timedelta(days=1),
        description="Voisin: M. Janssens"))
    with su, su.cursor() as cur:
        cur.execute("SELECT set_config('gpsu.comment', 'refus', true)")
        cur.execute("UPDATE gpsu.incidents SET status = 'rejected' WHERE id = %s", (old.id,))
        cur.execute("ALTER TABLE gpsu.incidents DISABLE TRIGGER USER")
        cur.execute("UPDATE gpsu.incidents SET closed_at = now() - interval '6 years' WHERE id = %s", (old.id,))
        cur.execute("ALTER TABLE gpsu.incidents ENABLE TRIGGER USER")
    su.autocommit = True
    dialog = make_dialog()
    questions, infos = [], []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: questions.append(text) or False)
    monkeypatch.setattr(dialog, "inform", lambda title, text: infos.append(text))
    dialog.pseudonymise_button.click()
    assert len(questions) == 1 and questions[0].startswith("1 closed case(s)")
    with su.cursor() as cur:
        cur.execute("SELECT description FROM gpsu.incidents WHERE id = %s", (old.id,))
        assert cur.fetchone()[0] == "Voisin: M. Janssens"  # "no": nothing done
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    dialog.pseudonymise_button.click()
    with su.cursor() as cur:
        cur.execute("SELECT description, pseudonymised_at IS NOT NULL FROM gpsu.incidents WHERE id = %s", (old.id,))
        assert cur.fetchone() == ("", True)
    dialog.pseudonymise_button.click()
    assert infos and "nothing to do" in infos[0]


def test_someone_else_is_told_only_an_administrator_manages_accounts(world, make_dialog):
    dialog = make_dialog(world["field"])
    assert dialog.refused and dialog.pages.currentIndex() == 1
    assert "Only a GPS-U administrator can manage accounts." in dialog.refusal.text()
    assert dialog.model.rowCount() == 0
    with world["field"].cursor() as cur:  # the shared connection is still usable
        cur.execute("SELECT 1")
        assert cur.fetchone() == (1,)
    world["field"].rollback()


# -- changing my password ----------------------------------------------------------------------------

def test_changing_a_forced_password(world, qtbot, monkeypatch):
    login = "jchange_" + world["suffix"]
    initial = access.create_account(world["admin"], login, "Ann Change", ["gpsu_responder"])
    person = sign_in(world, login, initial)
    assert access.signed_in(person).must_change_password
    dialog = ChangePasswordDialog(person, login, forced=True)
    qtbot.addWidget(dialog)
    assert dialog.banner.isVisibleTo(dialog) and "disconnected" in dialog.banner.text()
    assert dialog.cancel_button.text() == "Cancel and disconnect"
    assert not dialog.ok_button.isEnabled()
    dialog.password.setText("short")
    assert not dialog.ok_button.isEnabled() and "at least 12 characters" in dialog.problems.text()
    dialog.password.setText("password-" + login + "-2026")
    assert not dialog.ok_button.isEnabled() and "not the login name" in dialog.problems.text()
    new = "Blue-Harbour-Lamp-73"
    dialog.password.setText(new)
    dialog.repeated.setText(new[:-1])
    assert not dialog.ok_button.isEnabled() and dialog.current_problems() == ["the same password typed twice"]
    dialog.repeated.setText(new)
    assert dialog.ok_button.isEnabled() and dialog.problems.isHidden()
    assert "meets the rules" in dialog.rules_title.text()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.Accepted and dialog.new_password == new
    assert dialog.password.text() == "" and dialog.repeated.text() == ""
    person.close()
    with pytest.raises(psycopg2.OperationalError):
        sign_in(world, login, initial)
    person = sign_in(world, login, new)
    assert not access.signed_in(person).must_change_password

    # ask_new_password: the caller gets the new password, or None when cancelled
    def cancel(d):
        assert not d.forced and d.banner.isHidden()
        d.cancel_button.click()
    modal(monkeypatch, ChangePasswordDialog, cancel)
    assert ask_new_password(None, person, login, False) is None

    newer = "Green-Valley-Kite-48"

    def change(d):
        d.password.setText(newer)
        d.repeated.setText(newer)
        d.ok_button.click()
    modal(monkeypatch, ChangePasswordDialog, change)
    assert ask_new_password(None, person, login, False) == newer
    person.close()
    sign_in(world, login, newer).close()


def test_a_refused_change_keeps_the_dialog_open(world, qtbot):
    login = "jgone_" + world["suffix"]
    initial = access.create_account(world["admin"], login, "", ["gpsu_responder"])
    person = sign_in(world, login, initial)
    access.set_enabled(world["admin"], login, False)  # disabled meanwhile
    dialog = ChangePasswordDialog(person, login, forced=True)
    qtbot.addWidget(dialog)
    dialog.password.setText("Blue-Harbour-Lamp-73")
    dialog.repeated.setText("Blue-Harbour-Lamp-73")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.Accepted and dialog.new_password is None
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == "Your account is not allowed to do this."
    person.close()


# -- the audit log -----------------------------------------------------------------------------------

def test_the_audit_dock_lists_filters_and_exports(world, qtbot, qgis_iface, tmp_path):
    login = "jaudit_" + world["suffix"]
    access.create_account(world["admin"], login, "Audit Person", ["gpsu_analyst"])
    access.set_enabled(world["admin"], login, False)
    dock = AuditDock(qgis_iface, world["admin"])
    qtbot.addWidget(dock)
    assert not dock.refused and dock.last_error is None
    entries = dock.model.entries
    assert entries and entries[0].at >= entries[-1].at
    assert {"account_created", "account_disabled"} <= {e.action for e in entries if e.target == login}
    texts = [dock.model.index(r, COLUMN_ACTION).data() for r in range(dock.model.rowCount())]
    assert action_label("account_disabled") == "Account disabled" and "Account disabled" in texts

    dock.action.setCurrentIndex(dock.action.findData("account_disabled"))
    assert {e.action for e in dock.model.entries} == {"account_disabled"}
    dock.text.setText(login)
    dock.refresh()
    assert [(e.action, e.target) for e in dock.model.entries] == [("account_disabled", login)]
    assert dock.count.text() == "1 entries"
    dock.actor.setText("nobody_at_all")
    dock.refresh()
    assert dock.model.rowCount() == 0
    dock.actor.setText(world["logins"]["admin"])
    dock.refresh()
    assert dock.model.rowCount() == 1
    dock.date_from.setDate(datetime.now().date() + timedelta(days=1))
    assert dock.model.rowCount() == 0
    dock.date_from.clear()
    dock.date_to.setDate(datetime.now().date())
    assert dock.model.rowCount() == 1

    path = tmp_path / "audit.csv"
    assert dock.export_csv(str(path)) == str(path)
    content = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(content) == 2 and login in content[1] and "account_disabled" in content[1]


def test_someone_else_is_told_the_audit_log_is_not_theirs(world, qtbot, qgis_iface):
    dock = AuditDock(qgis_iface, world["field"])
    qtbot.addWidget(dock)
    assert dock.refused and dock.model.rowCount() == 0 and not dock.export_button.isEnabled()
    assert dock.refusal.text() == "Only a GPS-U administrator can read the audit log."
    with world["field"].cursor() as cur:
        cur.execute("SELECT 1")
    world["field"].rollback()


def test_a_lost_connection_is_said_in_the_access_dialog(world, make_dialog):
    conn = sign_in(world, world["logins"]["admin"])
    dialog = make_dialog(conn)
    conn.close()
    assert dialog.refresh() is False and not dialog.refused
    assert dialog.last_error is not None
