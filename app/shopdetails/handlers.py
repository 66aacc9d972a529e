"""Shop-details context: the manager sets the letterhead documents print from now on.

Documents already issued keep theirs: each froze its letterhead with its first PDF
(app.documents.files), so this row is read only for documents not yet written.
"""

from __future__ import annotations

import dataclasses

from app.handling import HandlerSettings, PolicySpec
from app.settings import ShopDetails
from app.shopdetails.repository import ShopDetailsRepository
from app.uow import UnitOfWork
from domain.shopdetails.commands import UpdateShopDetails
from domain.shopdetails.events import ShopDetailsUpdated


def update_shop_details(cmd: UpdateShopDetails, uow: UnitOfWork, _: HandlerSettings) -> None:
    repository = ShopDetailsRepository(uow.conn)
    before = repository.get_for_update()
    details = ShopDetails(
        name=cmd.name,
        address=cmd.address,
        business_no=cmd.business_no,
        phone=cmd.phone,
        owner=cmd.owner,
        repair_registration_no=cmd.repair_registration_no,
    )
    if details == before:
        return  # nothing changed: nothing to record
    repository.save(details, uow.now_text(), exists=before is not None)
    uow.record(ShopDetailsUpdated(**dataclasses.asdict(details)))


COMMAND_HANDLERS = {UpdateShopDetails: update_shop_details}
POLICIES: list[PolicySpec] = []
