"""Mechanic context (정비사): mechanics and their remaining man-days (공수)."""
