"""Smoke test of GPS-U inside a real QGIS: run with `qgis --code scripts/qgis_smoke.py`.

QGIS executes this file in its embedded interpreter once the main window exists (so there is no
__file__ here); the plugin must already be enabled in the profile (scripts/qgis_profile.py).

Give the same file as PYQGIS_STARTUP too (scripts/qgis_profile.run_qgis(startup=...) does): QGIS
then also runs it before loading the plugins, and errors raised while the plugin starts are
recorded instead of showing a modal stack-trace dialog that would hang QGIS under Xvfb.

Parameters (environment):
  GPSU_SMOKE_OUT         the JSON result file (default: gpsu-smoke.json in the current folder)
  GPSU_SMOKE_PNG         screenshot of the main window with the GPS-U menu open (optional)
  GPSU_SMOKE_DIALOG_PNG  screenshot of the connection dialog (optional)
  GPSU_SMOKE_CYCLES      unload/reload cycles (default 10)
  GPSU_SMOKE_DELAY_MS    wait after the main window is shown (default 3000)
  GPSU_SMOKE_TIMEOUT_S   give up, write what was found and quit (default 150)
  GPSU_SMOKE_NO_EXIT     set to 1 to leave QGIS running afterwards

The JSON holds the initial state, one entry per cycle, the errors seen and `ok`/`failures`.
"""

import json
import logging
import os
import sys
import time
import traceback


def _gpsu_smoke_state():
    """The state shared by both runs of this file (PYQGIS_STARTUP, then --code): the result being
    built, error capture and the give-up timer. Both runs exec in QGIS's __main__ namespace."""
    state = globals().get("_GPSU_SMOKE_STATE")
    if state is not None:
        return state

    import qgis.utils
    from qgis.core import Qgis, QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtGui import QGuiApplication
    from qgis.PyQt.QtWidgets import QApplication

    env = os.environ
    cycles = int(env.get("GPSU_SMOKE_CYCLES") or 10)
    timeout_s = float(env.get("GPSU_SMOKE_TIMEOUT_S") or 150)
    result = {"qgis_version": Qgis.QGIS_VERSION, "python": sys.version.split()[0],
              "platform": QGuiApplication.platformName(), "cycles_requested": cycles,
              "early_hooks": qgis.utils.iface is None, "initial": None, "cycles": [],
              "errors": [], "warnings": [], "failures": [], "screenshot": None, "dialog_screenshot": None,
              "finished": False, "ok": False}
    state = {"result": result, "written": False, "main_started": False, "timers": [],
             "started": time.monotonic(), "timeout_s": timeout_s, "cycles": cycles,
             "out_path": os.path.abspath(env.get("GPSU_SMOKE_OUT") or "gpsu-smoke.json")}
    globals()["_GPSU_SMOKE_STATE"] = state

    # -- capture errors: QgsMessageLog, and no modal stack-trace dialog to block us -------------
    def on_message(message, tag, level):
        entry = {"tag": tag, "level": int(level), "message": message[:4000],
                 "t": round(time.monotonic() - state["started"], 2)}
        if tag == "Python error" or (tag == "GPS-U" and level >= Qgis.Critical):
            result["errors"].append(entry)
        elif tag in ("Python warning", "GPS-U") and level >= Qgis.Warning:
            result["warnings"].append(entry)

    QgsApplication.messageLog().messageReceived.connect(on_message)
    state["on_message"] = on_message

    def quiet_stack_dialog(type_, value, tb, msg, pop_error=True):
        trace = "".join(traceback.format_exception(type_, value, tb))
        result["errors"].append({"tag": "stack dialog", "level": int(Qgis.Critical),
                                 "message": "{}\n{}".format(msg, trace)})

    qgis.utils.open_stack_dialog = quiet_stack_dialog

    def later(ms, fn):
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(fn)
        timer.start(ms)
        state["timers"].append(timer)

    def write():
        result["clean_cycles"] = sum(1 for c in result["cycles"] if c["clean"])
        result["seconds"] = round(time.monotonic() - state["started"], 2)
        if result["errors"] and not any(f.startswith("errors logged") for f in result["failures"]):
            result["failures"].append("errors logged: {}".format(len(result["errors"])))
        result["ok"] = bool(result["finished"] and not result["failures"] and result["clean_cycles"] == cycles)
        out_path = state["out_path"]
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with open(out_path + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2, sort_keys=True)
        os.replace(out_path + ".tmp", out_path)
        state["written"] = True

    def give_up():
        if state["written"]:
            return
        result["failures"].append("timed out after {} s".format(timeout_s))
        modal = QApplication.activeModalWidget()
        if modal is not None:
            result["failures"].append("a modal window was open: {!r}".format(modal.windowTitle()))
        if state["main_started"]:
            if modal is not None:
                modal.close()
            state["finish"]()
        else:  # still starting up (a modal dialog's own event loop runs this): no clean way out
            result["failures"].append("QGIS never got to run the --code script")
            write()
            os._exit(3)

    state.update(later=later, write=write, finish=write)
    later(int(timeout_s * 1000), give_up)
    return state


def _gpsu_smoke():  # everything in functions: this file runs in QGIS's __main__ namespace
    import qgis.utils
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtGui import QGuiApplication
    from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QPlainTextEdit, QTabWidget, QToolBar

    state = _gpsu_smoke_state()
    state["main_started"] = True
    result, later, write = state["result"], state["later"], state["write"]
    plugin = "gpsu_plugin"
    menu_name, toolbar_name, provider_id, action_prefix = "GpsuMenu", "GpsuToolbar", "gpsu", "gpsu_"
    env = os.environ
    png_path = env.get("GPSU_SMOKE_PNG") or ""
    dialog_png_path = env.get("GPSU_SMOKE_DIALOG_PNG") or ""
    cycles = state["cycles"]
    delay_ms = int(env.get("GPSU_SMOKE_DELAY_MS") or 3000)
    no_exit = env.get("GPSU_SMOKE_NO_EXIT") == "1"
    iface = qgis.utils.iface
    started = state["started"]

    def guarded(step):
        """Run a step; an exception in the smoke script itself is a failure, never a hang."""
        def run():
            try:
                step()
            except Exception:
                result["failures"].append("smoke script error in {}:\n{}".format(step.__name__, traceback.format_exc()))
                finish()
        return run

    # -- what the plugin put into QGIS ----------------------------------------------------------
    def main_window():
        return iface.mainWindow()

    def gpsu_menus():
        return [a.menu() for a in main_window().menuBar().actions()
                if a.menu() is not None and a.menu().objectName() == menu_name]

    def gpsu_actions():
        return sorted(a.objectName() for a in main_window().findChildren(QAction)
                      if a.objectName().startswith(action_prefix))

    def snapshot():
        mw = main_window()
        menus = gpsu_menus()
        toolbar = mw.findChild(QToolBar, toolbar_name)
        provider = QgsApplication.processingRegistry().providerById(provider_id)
        return {
            "plugin_active": plugin in qgis.utils.active_plugins,
            "menu": bool(menus),
            "menu_count": len(menus),
            "menu_title": menus[0].title() if menus else None,
            "menu_actions": [a.objectName() or a.text() for a in menus[0].actions()] if menus else [],
            "toolbar": toolbar is not None,
            "toolbar_visible": bool(toolbar is not None and toolbar.isVisible()),
            "provider": provider is not None,
            "algorithms": sorted(a.id() for a in provider.algorithms()) if provider is not None else [],
            "gpsu_actions": gpsu_actions(),
            "modules": sorted(m for m in sys.modules if m == plugin or m.startswith(plugin + ".")),
            "log_handlers": len(logging.getLogger(plugin).handlers),
            "counts": {
                "menubar_actions": len(mw.menuBar().actions()),
                "toolbars": len(mw.findChildren(QToolBar)),
                "dockwidgets": len(mw.findChildren(QDockWidget)),
                "gpsu_actions": len(gpsu_actions()),
                "menus_named_gpsu": len(mw.findChildren(QMenu, menu_name)),
            },
        }

    def leftovers(snap):
        found = []
        if snap["plugin_active"]:
            found.append("plugin still active")
        if snap["menu"] or snap["counts"]["menus_named_gpsu"]:
            found.append("menu {} still there".format(menu_name))
        if snap["toolbar"]:
            found.append("toolbar {} still there".format(toolbar_name))
        if snap["provider"]:
            found.append("processing provider '{}' still registered".format(provider_id))
        if snap["gpsu_actions"]:
            found.append("actions still there: {}".format(", ".join(snap["gpsu_actions"])))
        if snap["log_handlers"]:
            found.append("{} logging handler(s) left on logger '{}'".format(snap["log_handlers"], plugin))
        return found

    def flush_deletes():
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    def startup_log_errors():
        """Errors logged before this script ran, read back from the Log Messages panel."""
        found = []
        for tabs in main_window().findChildren(QTabWidget):
            for i in range(tabs.count()):
                title = tabs.tabText(i)
                if title.replace("&", "") in ("Python error", "GPS-U"):
                    editor = tabs.widget(i)
                    text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else ""
                    if title.replace("&", "") == "Python error" or "CRITICAL" in text:
                        found.append({"tag": title, "level": -1, "message": text[:4000], "t": 0})
        return found

    # -- steps --------------------------------------------------------------------------------
    def wait_for_window():
        if main_window() is None or not main_window().isVisible():
            later(500, guarded(wait_for_window))
            return
        if png_path:  # use the whole (virtual) screen: a readable screenshot, no window manager needed
            main_window().setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        later(delay_ms, guarded(initial))

    def initial():
        if not result["early_hooks"]:  # not run as PYQGIS_STARTUP: read the start-up errors back
            result["errors"].extend(startup_log_errors())
        flush_deletes()
        snap = snapshot()
        result["initial"] = snap
        result["initial_at_s"] = round(time.monotonic() - started, 2)
        for key, label in (("plugin_active", "plugin {} is not active".format(plugin)),
                           ("menu", "menu {} is not in the menu bar".format(menu_name)),
                           ("toolbar", "toolbar {} does not exist".format(toolbar_name)),
                           ("toolbar_visible", "toolbar {} is not visible".format(toolbar_name)),
                           ("provider", "processing provider '{}' is not registered".format(provider_id))):
            if not snap[key]:
                result["failures"].append(label)
        if dialog_png_path:
            later(100, guarded(dialog_screenshot))
        elif png_path:
            later(100, guarded(open_menu))
        else:
            later(0, guarded(run_cycles))

    def dialog_screenshot():
        from gpsu_plugin.gui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(parent=main_window())
        dialog.setModal(False)
        dialog.show()
        dialog.adjustSize()
        dialog.move(main_window().geometry().center() - dialog.rect().center())

        def grab():
            QCoreApplication.processEvents()
            saved = dialog.grab().save(dialog_png_path)
            result["dialog_screenshot"] = {"path": dialog_png_path, "saved": bool(saved),
                                           "title": dialog.windowTitle()}
            if not saved:
                result["failures"].append("could not save {}".format(dialog_png_path))
            dialog.close()
            dialog.deleteLater()
            flush_deletes()
            later(200, guarded(open_menu if png_path else run_cycles))

        later(800, guarded(grab))

    def open_menu():
        menus = gpsu_menus()
        if not menus:
            result["screenshot"] = {"path": png_path, "saved": False, "menu_open": False}
            later(0, guarded(run_cycles))
            return
        menu, bar = menus[0], main_window().menuBar()
        main_window().raise_()
        main_window().activateWindow()
        bar.setActiveAction(menu.menuAction())  # opens it like a click on the menu title
        if not menu.isVisible():
            menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))

        def grab():
            QCoreApplication.processEvents()
            menu_open = menu.isVisible()
            # grab the screen, not the window: the menu is its own top-level popup
            shot = QGuiApplication.primaryScreen().grabWindow(0)
            if shot.isNull():
                shot = main_window().grab()
            else:
                shot = shot.copy(main_window().frameGeometry())
            saved = shot.save(png_path)
            result["screenshot"] = {"path": png_path, "saved": bool(saved), "menu_open": menu_open,
                                    "size": [shot.width(), shot.height()]}
            if not saved:
                result["failures"].append("could not save {}".format(png_path))
            menu.hide()
            bar.setActiveAction(None)
            later(200, guarded(run_cycles))

        later(800, guarded(grab))

    def run_cycles():
        before = result["initial"]
        for number in range(1, cycles + 1):
            cycle = {"cycle": number, "errors_before": len(result["errors"])}
            t0 = time.monotonic()
            try:
                cycle["unloaded"] = bool(qgis.utils.unloadPlugin(plugin))
            except Exception:
                cycle["unloaded"] = False
                cycle["exception"] = traceback.format_exc()
            flush_deletes()
            after_unload = snapshot()
            cycle["leftovers"] = leftovers(after_unload)
            # qgis.utils only forgets the modules its import hook saw being imported by name: parent
            # packages pulled in implicitly (e.g. by `from .a.b import c`) stay in sys.modules. Not a
            # failure (QGIS's own behaviour), but worth knowing: edits to them need a QGIS restart.
            cycle["stale_modules"] = after_unload["modules"]
            try:
                cycle["loaded"] = bool(qgis.utils.loadPlugin(plugin))
                cycle["started"] = bool(qgis.utils.startPlugin(plugin))
            except Exception:
                cycle["loaded"] = cycle.get("loaded", False)
                cycle["started"] = False
                cycle["exception"] = cycle.get("exception", "") + traceback.format_exc()
            flush_deletes()
            after_reload = snapshot()
            cycle["counts"] = after_reload["counts"]
            cycle["counts_equal"] = after_reload["counts"] == before["counts"]
            cycle["menu"], cycle["toolbar"], cycle["provider"] = (
                after_reload["menu"], after_reload["toolbar"], after_reload["provider"])
            cycle["new_errors"] = len(result["errors"]) - cycle.pop("errors_before")
            cycle["seconds"] = round(time.monotonic() - t0, 3)
            cycle["clean"] = bool(cycle["unloaded"] and cycle["loaded"] and cycle["started"]
                                  and not cycle["leftovers"] and cycle["counts_equal"]
                                  and not cycle["new_errors"] and "exception" not in cycle
                                  and after_reload["menu"] and after_reload["toolbar"] and after_reload["provider"])
            result["cycles"].append(cycle)
            if not cycle["clean"]:
                result["failures"].append("cycle {} not clean: {}".format(number, json.dumps(
                    {k: cycle.get(k) for k in ("unloaded", "loaded", "started", "leftovers", "counts_equal",
                                               "new_errors", "exception", "menu", "toolbar", "provider")})))
                if not cycle["started"]:
                    break  # the plugin is gone: the next cycles would only repeat this
        result["final"] = snapshot()
        result["stale_modules"] = sorted({m for c in result["cycles"] for m in c.get("stale_modules", [])})
        result["finished"] = True
        finish()

    def finish():
        if state["written"]:
            return
        write()
        if no_exit:
            return
        QgsProject.instance().setDirty(False)  # no "save the project?" question on the way out
        later(15000, lambda: QgsApplication.exit(0))  # if something still blocks the normal exit
        later(0, iface.actionExit().trigger)

    state["finish"] = finish
    later(0, guarded(wait_for_window))
    return result


def _gpsu_smoke_run():
    import qgis.utils

    if qgis.utils.iface is None:  # as PYQGIS_STARTUP: QGIS is not up yet, only hook in
        _gpsu_smoke_state()
    else:  # as --code
        _gpsu_smoke()


_gpsu_smoke_run()
