"""GPS-U's Processing provider: database administration now, analyses in later versions."""
