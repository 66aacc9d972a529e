"""The domain's refusals in the terminal's language.

The domain speaks English sentences a person can act on. The screens show them
translated: each known sentence shape is a template here (a literal, so lupdate
collects it) whose placeholders are filled from the original. A sentence not
listed shows as the domain wrote it, which is still readable.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ui.tr import QT_TRANSLATE_NOOP

CTX = "DomainMessage"

# (pattern of the English sentence, template with the same placeholders)
_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^(?P<name>.+) has only (?P<left>\d+) man-day\(s\) left and this repair needs (?P<need>\d+)\. "
            r"Choose another mechanic, lower the estimate, or raise their man-days\.$"
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "{name} has only {left} man-day(s) left and this repair needs {need}. "
            "Choose another mechanic, lower the estimate, or raise their man-days.",
        ),
    ),
    (
        re.compile(r"^(?P<part>.+) \((?P<code>[^()]+)\) is out of stock\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{part} ({code}) is out of stock."),
    ),
    (
        re.compile(r"^Only (?P<stock>\d+) of (?P<part>.+) \((?P<code>[^()]+)\) in stock; (?P<qty>\d+) asked\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Only {stock} of {part} ({code}) in stock; {qty} asked."),
    ),
    (
        re.compile(
            r"^Cannot take (?P<qty>\d+) of (?P<part>.+) \((?P<code>[^()]+)\) off the shelf: "
            r"only (?P<stock>\d+) in stock\.$"
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Cannot take {qty} of {part} ({code}) off the shelf: only {stock} in stock."
        ),
    ),
    (
        re.compile(r"^Cannot cancel receipt (?P<id>\d+): it was already rejected\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot cancel receipt {id}: it was already rejected."),
    ),
    (
        re.compile(r"^Cannot cancel receipt (?P<id>\d+): it is already cancelled\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot cancel receipt {id}: it is already cancelled."),
    ),
    (
        re.compile(r"^Cannot cancel receipt (?P<id>\d+): the mechanic has already started the job\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot cancel receipt {id}: the mechanic has already started the job."),
    ),
    (
        re.compile(r"^Cannot cancel receipt (?P<id>\d+): the job is finished; void the invoice instead\.$"),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Cannot cancel receipt {id}: the job is finished; void the invoice instead."
        ),
    ),
    (
        re.compile(r"^Cannot start job (?P<id>\d+): it is already started\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot start job {id}: it is already started."),
    ),
    (
        re.compile(r"^Cannot start job (?P<id>\d+): it is already finished\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot start job {id}: it is already finished."),
    ),
    (
        re.compile(r"^Cannot start job (?P<id>\d+): it was cancelled\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot start job {id}: it was cancelled."),
    ),
    (
        re.compile(r"^Cannot request parts for job (?P<id>\d+): it has not been started yet\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot request parts for job {id}: it has not been started yet."),
    ),
    (
        re.compile(r"^Cannot request parts for job (?P<id>\d+): it is already finished\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot request parts for job {id}: it is already finished."),
    ),
    (
        re.compile(r"^Cannot request parts for job (?P<id>\d+): it was cancelled\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot request parts for job {id}: it was cancelled."),
    ),
    (
        re.compile(r"^Cannot finish job (?P<id>\d+): it has not been started yet\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot finish job {id}: it has not been started yet."),
    ),
    (
        re.compile(r"^Cannot finish job (?P<id>\d+): it is already finished\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot finish job {id}: it is already finished."),
    ),
    (
        re.compile(r"^Cannot finish job (?P<id>\d+): it was cancelled\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cannot finish job {id}: it was cancelled."),
    ),
    (
        re.compile(
            r"^Job (?P<id>\d+) still waits for (?P<n>\d+) part request\(s\); wait for the parts counter, then finish\.$"
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Job {id} still waits for {n} part request(s); wait for the parts counter, then finish."
        ),
    ),
    (
        re.compile(r"^Part code (?P<code>\S+) is already in the catalogue; use another code\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Part code {code} is already in the catalogue; use another code."),
    ),
    (
        re.compile(r"^Part code (?P<code>.+) may only hold letters, digits and \. _ / - \(no spaces\)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Part code {code} may only hold letters, digits and . _ / - (no spaces)."),
    ),
    (
        re.compile(r"^Phone (?P<phone>.+) may only hold digits, spaces, \+, - and brackets\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Phone {phone} may only hold digits, spaces, +, - and brackets."),
    ),
    (
        re.compile(r"^There is no mechanic number (?P<id>\d+)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "There is no mechanic number {id}."),
    ),
    (
        re.compile(r"^There is no part number (?P<id>\d+)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "There is no part number {id}."),
    ),
    (
        re.compile(r"^There is no receipt number (?P<id>\d+)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "There is no receipt number {id}."),
    ),
    (
        re.compile(r"^There is no job number (?P<id>\d+)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "There is no job number {id}."),
    ),
    (
        re.compile(r"^There is no invoice (?P<no>\S+)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "There is no invoice {no}."),
    ),
    (
        re.compile(r"^Someone changed the same record at the same moment; nothing was saved\. Try again\.$"),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Someone changed the same record at the same moment; nothing was saved. Try again."
        ),
    ),
    (
        re.compile(r"^Cancelled by the customer\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "Cancelled by the customer."),
    ),
    (
        re.compile(r"^(?P<label>.+) is required\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{label} is required."),
    ),
    (
        re.compile(r"^(?P<label>.+) is too long \(at most (?P<n>\d+) characters\)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{label} is too long (at most {n} characters)."),
    ),
    (
        re.compile(r"^(?P<label>.+) must be more than 0 \(got (?P<n>-?[\d,]+)\)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{label} must be more than 0 (got {n})."),
    ),
    (
        re.compile(r"^(?P<label>.+) cannot be negative \(got (?P<n>-?[\d,]+)\)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{label} cannot be negative (got {n})."),
    ),
    (
        re.compile(r"^(?P<label>.+) is too large \(at most (?P<n>[\d,]+)\)\.$"),
        QT_TRANSLATE_NOOP("DomainMessage", "{label} is too large (at most {n})."),
    ),
]

#: Field names the domain puts into its sentences.
_LABELS = {
    "Customer name": QT_TRANSLATE_NOOP("DomainLabel", "Customer name"),
    "Car number": QT_TRANSLATE_NOOP("DomainLabel", "Car number"),
    "Car id (VIN)": QT_TRANSLATE_NOOP("DomainLabel", "Car id (VIN)"),
    "Phone": QT_TRANSLATE_NOOP("DomainLabel", "Phone"),
    "Man-days": QT_TRANSLATE_NOOP("DomainLabel", "Man-days"),
    "Labour fare": QT_TRANSLATE_NOOP("DomainLabel", "Labour fare"),
    "Term": QT_TRANSLATE_NOOP("DomainLabel", "Term"),
    "Notes": QT_TRANSLATE_NOOP("DomainLabel", "Notes"),
    "Reason": QT_TRANSLATE_NOOP("DomainLabel", "Reason"),
    "Mechanic name": QT_TRANSLATE_NOOP("DomainLabel", "Mechanic name"),
    "Part code": QT_TRANSLATE_NOOP("DomainLabel", "Part code"),
    "Part name": QT_TRANSLATE_NOOP("DomainLabel", "Part name"),
    "Price": QT_TRANSLATE_NOOP("DomainLabel", "Price"),
    "Stock": QT_TRANSLATE_NOOP("DomainLabel", "Stock"),
    "Low-stock threshold": QT_TRANSLATE_NOOP("DomainLabel", "Low-stock threshold"),
    "Quantity": QT_TRANSLATE_NOOP("DomainLabel", "Quantity"),
    "Amount": QT_TRANSLATE_NOOP("DomainLabel", "Amount"),
}


def translate_domain_message(message: str) -> str:
    """`message` in the installed language when its shape is known, else as written."""
    text = message.strip()
    for pattern, template in _SHAPES:
        match = pattern.match(text)
        if match is None:
            continue
        values = match.groupdict()
        if "label" in values:
            label = _LABELS.get(values["label"])
            if label is None:
                continue
            values["label"] = QCoreApplication.translate("DomainLabel", label)
        return QCoreApplication.translate(CTX, template).format(**values)
    return message
