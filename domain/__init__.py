"""Pitlane's domain: pure Python, one package per bounded context."""
