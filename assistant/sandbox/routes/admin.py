"""Sandbox-only administration (absent from a real platform): the clock, latency, reset, workflow steps."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from assistant.api.models import WireDate
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.deps import Db, admin, config, today

router = APIRouter(prefix="/sandbox", tags=["sandbox"], dependencies=[Depends(admin)])


class ClockBody(BaseModel):
    today: WireDate


class LatencyBody(BaseModel):
    seconds: float = Field(ge=0.0, le=60.0, allow_inf_nan=False, description="added to every API call")


@router.get("/clock", response_model=ClockBody)
def get_clock(conn: Db) -> ClockBody:
    return ClockBody(today=today(conn))


@router.post("/clock", response_model=ClockBody)
def set_clock(body: ClockBody, conn: Db) -> ClockBody:
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('today', ?)", (body.today.isoformat(),))
    return body


@router.post("/latency", response_model=LatencyBody)
def set_latency(body: LatencyBody, request: Request) -> LatencyBody:
    config(request).latency = body.seconds
    return body


@router.post("/reset", status_code=204)
def reset(conn: Db) -> Response:
    sandbox_db.reset(conn)
    return Response(status_code=204)
