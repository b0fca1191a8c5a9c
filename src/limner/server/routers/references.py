"""``POST /v1/references`` (multipart or JSON base64), ``GET /v1/references`` (newest first),
``GET``/``DELETE /v1/references/{id}``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from limner.errors import InvalidRequestError, UnsupportedMediaError
from limner.platform.lists import ReferenceList
from limner.platform.references import ROLES, Reference, ReferenceUpload, check_role
from limner.platform.safejson import loads as safe_loads
from limner.platform.service import LimnerService
from limner.server.deps import AccountDep, ServiceDep, problems
from limner.server.paging import LIST_PROBLEMS, PageDep
from limner.server.uploads import upload_reader

router = APIRouter(tags=["references"])

_MULTIPART_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "PNG, JPEG or WebP, ≤ 20 MB."},
        "role": {"type": "string", "enum": list(ROLES), "default": "object"},
        "name": {"type": "string", "maxLength": 200},
    },
}
_REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
            "application/json": {"schema": ReferenceUpload.model_json_schema()},
        },
    }
}
MAX_NAME = 200


def _form_fields(form: FormData) -> tuple[UploadFile, str | None, str | None]:
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidRequestError("send the image as the multipart field 'file'", param="file")
    role, name = form.get("role"), form.get("name")
    if role is not None and not isinstance(role, str):
        raise InvalidRequestError("role must be text", param="role")
    if name is not None and not isinstance(name, str):
        raise InvalidRequestError("name must be text", param="name")
    if name is not None and len(name) > MAX_NAME:
        raise InvalidRequestError(f"name must be at most {MAX_NAME} characters", param="name")
    return upload, role, name


async def _from_multipart(request: Request, service: LimnerService, account_id: str) -> Reference:
    form = await request.form(max_files=1, max_fields=8)  # the file is spooled to disk
    try:
        upload, role, name = _form_fields(form)
        checked_role = check_role(role)
        store = service.references
        return await run_in_threadpool(
            store.create_from, upload_reader(upload), checked_role, name, account_id
        )
    finally:
        await form.close()


async def _from_json(request: Request, service: LimnerService, account_id: str) -> Reference:
    raw = await request.body()
    payload = safe_loads(raw)  # 400 too deep or not JSON, 422 NaN/Infinity
    del raw
    try:
        body = ReferenceUpload.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first.get("loc", ())) or None
        raise InvalidRequestError(str(first.get("msg", "invalid body")), param=param) from exc
    del payload
    checked_role = check_role(body.role)
    return await run_in_threadpool(
        service.references.create_from, body.image_bytes, checked_role, body.name, account_id
    )


@router.post(
    "/v1/references",
    response_model=Reference,
    status_code=201,
    responses=problems(400, 404, 413, 415, 422),
    openapi_extra=_REQUEST_BODY,
    summary="Upload a reference image",
    description=(
        "multipart/form-data (`file`, `role`, `name`) or JSON (`data` base64, `role`, `name`). "
        "PNG, JPEG or WebP, recognised from the bytes; at most 20 MB and 16.7 million pixels "
        "(checked from the header before decoding: 413); EXIF orientation applied, metadata "
        "stripped. Other formats, truncated files and polyglots: 415 or 422."
    ),
)
async def create_reference(request: Request, service: ServiceDep, account_id: AccountDep) -> Reference:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media == "multipart/form-data":
        return await _from_multipart(request, service, account_id)
    if media == "application/json" or media.endswith("+json"):
        return await _from_json(request, service, account_id)
    raise UnsupportedMediaError(f"send multipart/form-data or application/json, not {media or 'nothing'!r}")


@router.get(
    "/v1/references",
    response_model=ReferenceList,
    responses=problems(*LIST_PROBLEMS),
    summary="List references",
    description="This account's references, newest first; `after` = the last id of the previous page.",
)
def list_references(service: ServiceDep, account_id: AccountDep, page: PageDep) -> ReferenceList:
    return service.history.references(account_id, page)


@router.get(
    "/v1/references/{id}", response_model=Reference, responses=problems(404), summary="Get a reference"
)
def get_reference(id: str, service: ServiceDep, account_id: AccountDep) -> Reference:
    return service.references.get(id, account_id)


@router.delete(
    "/v1/references/{id}",
    status_code=204,
    response_class=Response,
    responses=problems(404),
    summary="Delete a reference",
)
def delete_reference(id: str, service: ServiceDep, account_id: AccountDep) -> Response:
    service.references.delete(id, account_id)
    return Response(status_code=204)
