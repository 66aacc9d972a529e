"""Estimates context (견적): drafted, approved with the customer's consent, or declined and kept."""
