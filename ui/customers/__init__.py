"""Screens of the customers context (고객·차량): finding a car at the desk, a vehicle's history."""
