"""Reception context (접수): repair requests, their bills, payments and voids."""
