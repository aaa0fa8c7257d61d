"""GPS-U for QGIS: urban safety incidents, cases and school safety documents on PostGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Called by QGIS when the plugin is enabled; imports lazily, does nothing else."""
    from .plugin import GpsuPlugin

    return GpsuPlugin(iface)
