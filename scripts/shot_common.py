"""What the dock screenshot scripts share: a minimal iface and a session on a conninfo."""


class Iface:
    """The little of QgisInterface the dock uses."""

    def __init__(self, canvas, message_bar):
        self._canvas = canvas
        self._message_bar = message_bar

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._message_bar


class ConninfoSession:
    def __init__(self, conninfo):
        self.conninfo = conninfo

    def connect(self):
        from gpsu_plugin.core.database import connect_conninfo

        return connect_conninfo(self.conninfo)
