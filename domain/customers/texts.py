"""Sentences of the customers context (고객·차량), by code (see domain.texts).

Korean sentences put the field's name before 항목 or a colon, so no particle
has to agree with a word chosen at run time (차량번호를/전화번호를 alike).
"""

from __future__ import annotations

from domain.texts import Text

FIELDS: dict[str, Text] = {
    "customers.field.name": Text(en="Customer name", ko="고객명"),
    "customers.field.phone": Text(en="Phone", ko="전화번호"),
    "customers.field.note": Text(en="Note", ko="메모"),
    "customers.field.car_number": Text(en="Car number", ko="차량번호"),
    "customers.field.new_car_number": Text(en="New car number", ko="새 차량번호"),
    "customers.field.vin": Text(en="VIN", ko="차대번호"),
    "customers.field.model": Text(en="Model", ko="차명"),
    "customers.field.year": Text(en="Model year", ko="연식"),
    "customers.field.first_registered": Text(en="First registration date", ko="최초등록일"),
    "customers.field.mileage": Text(en="Mileage", ko="주행거리"),
    "customers.field.odometer_replaced": Text(en="Odometer replaced", ko="계기판 교체"),
    "customers.field.customer_id": Text(en="Customer record number", ko="고객 관리번호"),
    "customers.field.vehicle_id": Text(en="Vehicle record number", ko="차량 관리번호"),
    "customers.field.keep_id": Text(en="Record to keep", ko="남길 기록"),
    "customers.field.merge_id": Text(en="Record to merge", ko="합칠 기록"),
    "customers.field.consent": Text(en="Consent to be contacted", ko="연락 수신 동의"),
}

REFUSALS: dict[str, Text] = {
    "customers.required": Text(en="{field} is required.", ko="{field} 항목을 입력하세요."),
    "customers.not_text": Text(en="{field} must be text.", ko="{field} 항목은 글자로 입력하세요."),
    "customers.too_long": Text(
        en="{field} is too long (at most {limit:,} characters).",
        ko="{field} 항목이 너무 깁니다 (최대 {limit:,}자).",
    ),
    "customers.control_character": Text(
        en="{field} holds an invisible control character; type it again.",
        ko="{field} 항목에 보이지 않는 제어 문자가 있습니다. 다시 입력하세요.",
    ),
    "customers.record_id": Text(
        en="{field} must be a positive whole number.",
        ko="{field} 항목은 1 이상의 정수여야 합니다.",
    ),
    "customers.whole_number": Text(en="{field} must be a whole number.", ko="{field} 항목은 정수로 입력하세요."),
    "customers.not_bool": Text(en="{field} must be yes or no.", ko="{field} 항목은 예 또는 아니요로 정하세요."),
    "customers.year_range": Text(
        en="{field} must be between {minimum} and {maximum} (got {year}).",
        ko="{field} 항목은 {minimum}년에서 {maximum}년 사이여야 합니다 (입력: {year}).",
    ),
    "customers.date_format": Text(
        en="{field} is not a date: write it as YYYY-MM-DD, e.g. 2019-03-15.",
        ko="{field} 항목이 날짜가 아닙니다. 2019-03-15처럼 YYYY-MM-DD 형식으로 입력하세요.",
    ),
    "customers.car_number_blank": Text(
        en="{field} is required: type the number on the plate.",
        ko="{field} 항목을 입력하세요. 번호판에 적힌 번호입니다 (예: 12가3456).",
    ),
    "customers.car_number_characters": Text(
        en="{field} may hold only Hangul, Latin letters and digits (spaces and hyphens are left out).",
        ko="{field} 항목에는 한글, 영문, 숫자만 쓸 수 있습니다 (띄어쓰기와 하이픈은 빼고 저장합니다).",
    ),
    "customers.car_number_length": Text(
        en="{field} must be {minimum} to {maximum} characters long, not counting spaces and hyphens.",
        ko="{field} 항목은 띄어쓰기와 하이픈을 빼고 {minimum}~{maximum}자여야 합니다.",
    ),
    "customers.vin_characters": Text(
        en="{field} may hold only the letters A–Z and the digits 0–9, without I, O and Q (those are 1 and 0).",
        ko="{field} 항목에는 영문자 A–Z와 숫자 0–9만 쓰며 I, O, Q는 쓰지 않습니다 (1과 0으로 입력하세요).",
    ),
    "customers.vin_length": Text(
        en="{field} must be 17 characters long (this one has {length}).",
        ko="{field} 항목은 17자여야 합니다 (입력한 글자 수: {length}자).",
    ),
    "customers.phone_characters": Text(
        en="{field} may hold only digits, spaces, hyphens, dots and brackets, and + at the start.",
        ko="{field} 항목에는 숫자, 띄어쓰기, 하이픈, 점, 괄호와 맨 앞의 +만 쓸 수 있습니다.",
    ),
    "customers.phone_pattern": Text(
        en="{field} is not a phone number: type it with its area code, e.g. 010-1234-5678, 02-123-4567 or 1588-1234.",
        ko="{field} 항목에 올바른 전화번호를 지역번호까지 입력하세요 (예: 010-1234-5678, 02-123-4567, 1588-1234).",
    ),
    "customers.mileage_range": Text(
        en="{field} must be between 0 and {maximum:,} km (got {km:,} km).",
        ko="{field} 항목은 0~{maximum:,}km 사이여야 합니다 (입력: {km:,}km).",
    ),
    "customers.mileage_below_last": Text(
        en="{km:,} km is less than the last reading, {last_km:,} km on {last_day}. "
        "If the odometer was replaced, confirm it and save again.",
        ko="{km:,}km는 지난 기록({last_day}, {last_km:,}km)보다 적습니다. "
        "계기판을 교체했다면 교체를 확인하고 다시 저장하세요.",
    ),
    "customers.mileage_above_later": Text(
        en="{km:,} km is more than the later reading, {next_km:,} km on {next_day}: check both.",
        ko="{km:,}km는 이후 기록({next_day}, {next_km:,}km)보다 많습니다. 두 기록을 확인하세요.",
    ),
    "customers.merge_into_itself": Text(
        en="A record cannot be merged into itself: choose two different records.",
        ko="같은 기록끼리는 합칠 수 없습니다. 서로 다른 두 기록을 고르세요.",
    ),
    "customers.car_number_taken": Text(
        en="This car number is already registered to vehicle record {vehicle_id}: open that record, or merge the two.",
        ko="이 차량번호는 이미 차량 관리번호 {vehicle_id}번에 등록되어 있습니다. 그 기록을 열거나 두 기록을 합치세요.",
    ),
    "customers.unknown_customer": Text(
        en="There is no customer record {customer_id}.",
        ko="고객 관리번호 {customer_id}번 고객이 없습니다.",
    ),
    "customers.unknown_vehicle": Text(
        en="There is no vehicle record {vehicle_id}.",
        ko="차량 관리번호 {vehicle_id}번 차량이 없습니다.",
    ),
    "customers.customer_erased": Text(
        en="Customer record {customer_id} was erased at the customer's request; register them again to serve them.",
        ko="고객 관리번호 {customer_id}번의 정보는 고객 요청으로 삭제되었습니다. "
        "다시 거래하려면 새 고객으로 등록하세요.",
    ),
    "customers.customer_merged": Text(
        en="Customer record {customer_id} was merged into record {into_id}; use record {into_id}.",
        ko="고객 관리번호 {customer_id}번은 {into_id}번에 합쳐졌습니다. {into_id}번을 사용하세요.",
    ),
    "customers.vehicle_merged": Text(
        en="Vehicle record {vehicle_id} was merged into record {into_id}; use record {into_id}.",
        ko="차량 관리번호 {vehicle_id}번은 {into_id}번에 합쳐졌습니다. {into_id}번을 사용하세요.",
    ),
}

LABELS: dict[str, Text] = {
    # shown where an erased customer's name was (the record keeps no name)
    "customers.erased_customer": Text(en="Erased customer", ko="삭제된 고객"),
}

TEXTS: dict[str, Text] = {**FIELDS, **REFUSALS, **LABELS}
