"""Qt widgets of GPS-U: dialogs, docks, map tools. No SQL here; they call gpsu_plugin.core."""
