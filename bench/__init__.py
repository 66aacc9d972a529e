"""Benchmarks (not tests): `python -m bench [NAME ...]`; figures go to docs/benchmarks.md."""
