"""Analysis algorithms of the "GPS-U" Processing provider (issue 5)."""
