"""The desk's estimates (견적): draft, the customer's answer, additional work's consent."""
