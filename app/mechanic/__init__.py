"""Mechanic context (정비사): handlers, repository and tables."""
