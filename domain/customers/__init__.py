"""The customers context (고객·차량): the shop's register of customers and their vehicles.

- `identifiers`: car numbers, VINs, phones and odometer readings — checked and normalised in one place;
- `model`: the `Customer` and `Vehicle` aggregates; `merging`: two records made one;
- `linking`: a repair request finds or registers its car and customer;
- `search` / `history`: what `shop.find_vehicles()` and `shop.vehicle_history()` return;
- `commands`, `events`, `texts`, `fields` as in every context.
"""
