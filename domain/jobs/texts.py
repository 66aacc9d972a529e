"""Sentences of the jobs context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    "jobs.start_started": Text(
        en="Cannot start job {job_id}: it is already started.",
        ko="작업 {job_id}번은 이미 시작되었습니다.",
    ),
    "jobs.start_finished": Text(
        en="Cannot start job {job_id}: it is already finished.",
        ko="작업 {job_id}번은 이미 완료되어 시작할 수 없습니다.",
    ),
    "jobs.start_cancelled": Text(
        en="Cannot start job {job_id}: it was cancelled.",
        ko="작업 {job_id}번은 취소되어 시작할 수 없습니다.",
    ),
    "jobs.parts_not_started": Text(
        en="Cannot request parts for job {job_id}: it has not been started yet.",
        ko="작업 {job_id}번은 아직 시작하지 않아 부품을 요청할 수 없습니다.",
    ),
    "jobs.parts_finished": Text(
        en="Cannot request parts for job {job_id}: it is already finished.",
        ko="작업 {job_id}번은 이미 완료되어 부품을 요청할 수 없습니다.",
    ),
    "jobs.parts_cancelled": Text(
        en="Cannot request parts for job {job_id}: it was cancelled.",
        ko="작업 {job_id}번은 취소되어 부품을 요청할 수 없습니다.",
    ),
    "jobs.finish_not_started": Text(
        en="Cannot finish job {job_id}: it has not been started yet.",
        ko="작업 {job_id}번은 아직 시작하지 않아 완료할 수 없습니다.",
    ),
    "jobs.finish_finished": Text(
        en="Cannot finish job {job_id}: it is already finished.",
        ko="작업 {job_id}번은 이미 완료되었습니다.",
    ),
    "jobs.finish_cancelled": Text(
        en="Cannot finish job {job_id}: it was cancelled.",
        ko="작업 {job_id}번은 취소되어 완료할 수 없습니다.",
    ),
    "jobs.parts_waiting": Text(
        en="Job {job_id} still waits for {waiting} part request(s); wait for the parts counter, then finish.",
        ko="작업 {job_id}번은 부품 요청 {waiting}건을 아직 기다리고 있습니다. 부품 창구에서 처리한 뒤 완료하세요.",
    ),
}

#: Giving back a part (ReturnPart, issue 16).
TEXTS.update(
    {
        "jobs.return_not_started": Text(
            en="Cannot give back a part of job {job_id}: only a started job's parts go back, before it is finished.",
            ko="작업 {job_id}번의 부품은 반납할 수 없습니다. 시작한 작업의 부품만 완료 전에 반납할 수 있습니다.",
        ),
        "jobs.return_not_provided": Text(
            en="Part request {request_id} of job {job_id} cannot go back: it was not provided, or went back already.",
            ko="작업 {job_id}번의 부품 요청 {request_id}번은 반납할 수 없습니다. 지급되지 않았거나 이미 반납됐습니다.",
        ),
        "jobs.part_request_not_found": Text(
            en="There is no part request number {request_id}.",
            ko="{request_id}번 부품 요청이 없습니다.",
        ),
    }
)

#: Refusals of the application layer about jobs (app/jobs/).
TEXTS.update(
    {
        "jobs.job_not_found": Text(
            en="There is no job number {job_id}.",
            ko="{job_id}번 작업이 없습니다.",
        ),
    }
)
