"""The terminal screens: reception, mechanic bay, parts counter, mechanics, status board, till fallback."""
