"""Where a profile's password lives: the OS keyring, a QGIS authentication configuration,
or nowhere (asked each time, kept in memory for the session only).

Passwords never reach QgsSettings, a project file, a layer source or a log.
"""

import logging

from .exceptions import PasswordUnavailable
from .i18n import tr
from .profile import STORAGE_ASK, STORAGE_AUTHCFG, STORAGE_KEYRING

KEYRING_SERVICE = "gpsu"
LOG = logging.getLogger(__name__)

_session_passwords = {}  # credential_key -> password, memory only, for "ask each time"


def keyring_status():
    """(available, reason): whether an OS keyring backend can keep passwords here, and why not."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False, tr("The Python module 'keyring' is not installed.")
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return False, tr("No keyring service runs on this computer (as on a server without a desktop session).")
    try:
        keyring.get_password(KEYRING_SERVICE, "__probe__")
    except Exception as exc:  # a backend present but locked or without its daemon
        return False, tr("The keyring cannot be used: {}").format(type(exc).__name__)
    return True, ""


def store_password(profile, password):
    """Keep `password` for `profile` where its storage says; always kept for this session too."""
    _session_passwords[profile.credential_key()] = password
    if profile.storage == STORAGE_KEYRING:
        available, reason = keyring_status()
        if not available:
            raise PasswordUnavailable(tr("The password cannot be kept in the keyring. {}").format(reason))
        import keyring

        keyring.set_password(KEYRING_SERVICE, profile.credential_key(), password)
    elif profile.storage == STORAGE_AUTHCFG:
        _store_in_authcfg(profile, password)


def load_password(profile):
    """The stored password, or None when it must be asked for (or none is needed: .pgpass, trust)."""
    cached = _session_passwords.get(profile.credential_key())
    if cached is not None:
        return cached
    if profile.storage == STORAGE_KEYRING and keyring_status()[0]:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, profile.credential_key())
    if profile.storage == STORAGE_AUTHCFG and profile.authcfg:
        return _authcfg_values(profile.authcfg).get("password")
    return None


def remember_for_session(profile, password):
    """Keep a password typed by the user in memory until QGIS closes."""
    _session_passwords[profile.credential_key()] = password


def forget_password(profile):
    _session_passwords.pop(profile.credential_key(), None)
    if profile.storage == STORAGE_KEYRING and keyring_status()[0]:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, profile.credential_key())
        except PasswordDeleteError:
            pass


def needs_prompt(profile):
    """Why the user must be asked for the password now ("" when it is stored)."""
    if load_password(profile) is not None:
        return ""
    if profile.storage == STORAGE_KEYRING:
        available, reason = keyring_status()
        if not available:
            return tr("The password is asked each time because the system keyring cannot keep it: {}").format(reason)
        return tr("No password is stored yet for this connection.")
    if profile.storage == STORAGE_ASK:
        return tr("This connection is set to ask for the password each time.")
    return tr("The QGIS authentication configuration holds no password.")


def authcfg_user(authcfg):
    return _authcfg_values(authcfg).get("username", "")


def _authcfg_values(authcfg):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
        LOG.warning("QGIS authentication configuration %s could not be loaded", authcfg)
        return {}
    return {"username": config.config("username"), "password": config.config("password")}


def _store_in_authcfg(profile, password):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(profile.authcfg, config, True):
        raise PasswordUnavailable(tr("The QGIS authentication configuration could not be opened "
                                     "(is the master password set?)."))
    config.setConfig("username", profile.user or config.config("username"))
    config.setConfig("password", password)
    if not manager.updateAuthenticationConfig(config):
        raise PasswordUnavailable(tr("The QGIS authentication configuration could not be updated."))
