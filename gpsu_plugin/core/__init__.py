"""Domain and database code of GPS-U: no widgets here, typed exceptions for the GUI to show."""
