"""Reports made by GPS-U (PDF with reportlab) and the map extracts QGIS renders for them.

Domain code only: no widgets. `new_facts` reads the database and writes the PDF; `map_extract`
renders small maps with QGIS (headless too); `cli` adds `report …` to the command line.
"""
