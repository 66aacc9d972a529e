"""Estimates (견적): what the desk quotes before the work, the customer's consent, and declined work kept."""
