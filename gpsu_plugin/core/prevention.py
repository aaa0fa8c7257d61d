"""Prevention actions and the measure of their impact (migration 0007).

An evaluation counts the facts of the action's categories before and after, in three zones: the
target area (where the action took place), a buffer ring around it (where crime could move to, or
where the benefits could spread) and a comparison area (the rest of the territory, or an area the
officer chooses), which stands for what would have happened anyway. Two measures follow:

- the relative effect size RES = (R_before × C_after) / (R_after × C_before) (Welsh & Farrington):
  above 1, the target area did better than the comparison area; its 95 % interval comes from the
  variance of its logarithm, 1/R_b + 1/R_a + 1/C_b + 1/C_a (counts taken as Poisson);
- the weighted displacement quotient WDQ = (B_a/C_a − B_b/C_b) / (R_a/C_a − R_b/C_b) (Bowers &
  Johnson, 2003), defined when the target area improved relative to the comparison area (negative
  denominator): positive, the benefits spread to the buffer; negative, the problem moved there;
  below −1, more moved than was prevented. Its interval comes from a parametric bootstrap of the
  six counts (Poisson), with a fixed seed so that a re-run gives the same figures.
"""

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import numpy as np
from psycopg2 import sql
from psycopg2.extras import Json

from .dberrors import translate_db_errors
from .exceptions import InvalidInput
from .i18n import tr

BOOTSTRAP_DRAWS = 4000
BOOTSTRAP_SEED = 20031  # fixed: the same counts always give the same interval
Z95 = 1.959963984540054


@dataclass
class PreventionAction:
    id: int
    title: str
    description: str
    category_ids: list
    started_on: date
    ended_on: date
    buffer_m: int
    created_by: str = ""
    created_at: datetime = None


@dataclass
class Counts:
    target: tuple   # (before, after)
    buffer: tuple
    control: tuple

    def as_dict(self):
        return {"target": list(self.target), "buffer": list(self.buffer), "control": list(self.control)}


@dataclass
class Measures:
    res: float = None
    res_low: float = None
    res_high: float = None
    wdq: float = None
    wdq_low: float = None
    wdq_high: float = None
    wdq_defined_share: float = None   # share of bootstrap draws where the WDQ is defined
    interpretation: str = ""
    notes: list = field(default_factory=list)

    def as_dict(self):
        return {key: getattr(self, key) for key in ("res", "res_low", "res_high", "wdq", "wdq_low", "wdq_high",
                                                    "wdq_defined_share", "interpretation", "notes")}


# -- recording ------------------------------------------------------------------------------------

def record_action(conn, title, area_wkb, srid, started_on, ended_on, category_ids=(), description="",
                  buffer_m=250):
    """Store an action (area as WKB in `srid`, turned into the schema's CRS); returns its id."""
    if not (title or "").strip():
        raise InvalidInput(tr("A prevention action needs a title."))
    if started_on is None or ended_on is None or ended_on < started_on:
        raise InvalidInput(tr("The action's period is not valid: its end comes before its start."))
    if not 0 <= int(buffer_m) <= 5000:
        raise InvalidInput(tr("The buffer must be between 0 and 5,000 metres."))
    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO gpsu.prevention_actions (title, description, category_ids, started_on, ended_on, buffer_m, "
            " geom) VALUES (%s, %s, %s, %s, %s, %s, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform("
            " ST_SetSRID(ST_GeomFromWKB(%s), %s), (SELECT value::integer FROM gpsu.settings WHERE key = 'srid'))), 3)))"
            " RETURNING id",
            (title.strip(), description or "", list(category_ids), started_on, ended_on, int(buffer_m),
             bytes(area_wkb), int(srid)))
        return cur.fetchone()[0]


def actions(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT id, title, description, category_ids, started_on, ended_on, buffer_m, created_by, "
                    "created_at FROM gpsu.prevention_actions ORDER BY started_on DESC, id DESC")
        rows = [PreventionAction(*row) for row in cur.fetchall()]
    conn.rollback()
    return rows


def action(conn, action_id):
    for candidate in actions(conn):
        if candidate.id == int(action_id):
            return candidate
    raise InvalidInput(tr("No prevention action number {}.").format(action_id))


# -- periods --------------------------------------------------------------------------------------

def default_periods(started_on, ended_on):
    """(before_from, before_to, after_from, after_to) as naive local datetimes: the action's period
    (its last day included) and the period of the same length just before it."""
    after_from = datetime.combine(started_on, time())
    after_to = datetime.combine(ended_on + timedelta(days=1), time())
    length = after_to - after_from
    return after_from - length, after_from, after_from, after_to


# -- counting -----------------------------------------------------------------------------------

COUNTS = """
WITH a AS (
    SELECT geom, ST_Buffer(geom, %(buffer)s) AS outer_ring FROM gpsu.prevention_actions WHERE id = %(action)s
), zones AS (
    SELECT a.geom AS target,
           ST_Difference(a.outer_ring, a.geom) AS buffer,
           ST_Difference(coalesce(ST_GeomFromWKB(%(control)s, ST_SRID(a.geom)),
                                  (SELECT ST_Union(d.geom) FROM gpsu.districts d)), a.outer_ring) AS control
    FROM a
), periods AS (
    SELECT %(before_from)s::timestamp AT TIME ZONE gpsu.setting('timezone') AS bf,
           %(before_to)s::timestamp AT TIME ZONE gpsu.setting('timezone') AS bt,
           %(after_from)s::timestamp AT TIME ZONE gpsu.setting('timezone') AS af,
           %(after_to)s::timestamp AT TIME ZONE gpsu.setting('timezone') AS at
), facts AS (
    SELECT i.geom, coalesce(i.observed_at, i.observed_from) AS t
    FROM gpsu.incidents i, periods p
    WHERE i.status <> 'duplicate'
      AND coalesce(i.observed_at, i.observed_from) >= least(p.bf, p.af)
      AND coalesce(i.observed_at, i.observed_from) < greatest(p.bt, p.at)
      AND (cardinality(%(categories)s::integer[]) = 0
           OR i.category_id IN (SELECT c.id FROM gpsu.categories c
                                WHERE c.id = ANY (%(categories)s) OR c.parent_id = ANY (%(categories)s)))
)
SELECT z.zone,
       count(f.*) FILTER (WHERE f.t >= p.bf AND f.t < p.bt),
       count(f.*) FILTER (WHERE f.t >= p.af AND f.t < p.at),
       ST_AsBinary(z.geom), ST_Area(z.geom)
FROM zones, periods p,
     LATERAL (VALUES ('target', zones.target), ('buffer', zones.buffer), ('control', zones.control)) z (zone, geom)
     LEFT JOIN facts f ON ST_Intersects(z.geom, f.geom)
GROUP BY z.zone, z.geom, p.bf, p.bt, p.af, p.at
"""


def count_zones(conn, action_id, periods, category_ids=(), buffer_m=250, control_wkb=None):
    """(Counts, {zone: (wkb, area m²)}) for an action and (before_from, before_to, after_from, after_to)."""
    before_from, before_to, after_from, after_to = periods
    with conn.cursor() as cur:
        cur.execute(COUNTS, {"action": int(action_id), "buffer": float(buffer_m),
                             "control": bytes(control_wkb) if control_wkb else None,
                             "before_from": before_from, "before_to": before_to, "after_from": after_from,
                             "after_to": after_to, "categories": list(category_ids)})
        rows = {zone: (before, after, bytes(wkb) if wkb is not None else None, area)
                for zone, before, after, wkb, area in cur.fetchall()}
    conn.rollback()
    if not rows:
        raise InvalidInput(tr("No prevention action number {}.").format(action_id))
    counts = Counts(*(tuple(rows[z][:2]) for z in ("target", "buffer", "control")))
    return counts, {zone: rows[zone][2:] for zone in rows}


# -- measures -----------------------------------------------------------------------------------

def wdq(counts):
    """The weighted displacement quotient, or None when it is not defined (the target area did not
    improve relative to the comparison area, or a comparison count is zero)."""
    (rb, ra), (bb, ba), (cb, ca) = counts.target, counts.buffer, counts.control
    if cb == 0 or ca == 0:
        return None
    denominator = ra / ca - rb / cb
    if denominator >= 0:
        return None
    return (ba / ca - bb / cb) / denominator


def relative_effect_size(counts):
    """(RES, low, high) with its 95 % interval; None where a count is zero."""
    (rb, ra), _buffer, (cb, ca) = counts.target, counts.buffer, counts.control
    if min(rb, ra, cb, ca) == 0:
        return None, None, None
    res = (rb * ca) / (ra * cb)
    half = Z95 * math.sqrt(1 / rb + 1 / ra + 1 / cb + 1 / ca)
    return res, res * math.exp(-half), res * math.exp(half)


def wdq_interval(counts, draws=BOOTSTRAP_DRAWS, seed=BOOTSTRAP_SEED):
    """(low, high, share of draws where the WDQ is defined) by parametric bootstrap (vectorised)."""
    rng = np.random.default_rng(seed)
    lam = np.array([counts.target[0], counts.target[1], counts.buffer[0], counts.buffer[1],
                    counts.control[0], counts.control[1]], dtype=float)
    sample = rng.poisson(lam, size=(draws, 6)).astype(float)
    rb, ra, bb, ba, cb, ca = sample.T
    with np.errstate(divide="ignore", invalid="ignore"):
        denominator = ra / ca - rb / cb
        value = (ba / ca - bb / cb) / denominator
    defined = (cb > 0) & (ca > 0) & (denominator < 0) & np.isfinite(value)
    share = float(defined.mean())
    if defined.sum() < 20:
        return None, None, share
    low, high = np.percentile(value[defined], [2.5, 97.5])
    return float(low), float(high), share


def measures(counts):
    result = Measures()
    result.res, result.res_low, result.res_high = relative_effect_size(counts)
    result.wdq = wdq(counts)
    result.wdq_low, result.wdq_high, result.wdq_defined_share = wdq_interval(counts)
    result.interpretation = interpret(result, counts)
    if min(counts.target) < 10 or min(counts.control) < 10:
        result.notes.append(tr("Few facts: the figures are fragile (fewer than 10 in a zone and period)."))
    return result


def interpret(m, counts):
    if m.res is None:
        return tr("Not enough facts to measure an effect (a zone has none in one of the periods).")
    if m.res_low > 1:
        effect = tr("The target area improved significantly relative to the comparison area (RES {:.2f}).")
    elif m.res_high < 1:
        effect = tr("The target area worsened significantly relative to the comparison area (RES {:.2f}).")
    else:
        effect = tr("No significant change in the target area relative to the comparison area (RES {:.2f}).")
    words = [effect.format(m.res)]
    if m.wdq is None:
        words.append(tr("The displacement quotient is not defined: the target area did not improve."))
    elif m.wdq > 0:
        words.append(tr("Diffusion of benefits: the buffer improved too (WDQ {:.2f}).").format(m.wdq))
    elif m.wdq < -1:
        words.append(tr("Displacement larger than the gain: facts moved to the buffer (WDQ {:.2f}).").format(m.wdq))
    elif m.wdq < 0:
        words.append(tr("Some displacement to the buffer, smaller than the gain (WDQ {:.2f}).").format(m.wdq))
    else:
        words.append(tr("No displacement nor diffusion (WDQ 0)."))
    return " ".join(words)


def save_evaluation(conn, action_id, periods, buffer_m, counts, result):
    """Keep the evaluation (append-only) so that the DLS report can cite it; returns its id."""
    before_from, before_to, after_from, after_to = periods
    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute(sql.SQL(
            "INSERT INTO gpsu.prevention_evaluations (action_id, before_from, before_to, after_from, after_to, "
            "buffer_m, counts, measures) VALUES (%s, {t}, {t}, {t}, {t}, %s, %s, %s) RETURNING id").format(
                t=sql.SQL("%s::timestamp AT TIME ZONE gpsu.setting('timezone')")),
            (int(action_id), before_from, before_to, after_from, after_to, int(buffer_m), Json(counts.as_dict()),
             Json(result.as_dict())))
        return cur.fetchone()[0]


def evaluations(conn, action_id=None):
    """[(id, action_id, title, evaluated_at, evaluated_by, counts, measures)], newest first."""
    with conn.cursor() as cur:
        cur.execute("SELECT e.id, e.action_id, a.title, e.evaluated_at, e.evaluated_by, e.counts, e.measures "
                    "FROM gpsu.prevention_evaluations e JOIN gpsu.prevention_actions a ON a.id = e.action_id "
                    "WHERE %(id)s::integer IS NULL OR e.action_id = %(id)s ORDER BY e.evaluated_at DESC, e.id DESC",
                    {"id": action_id})
        rows = cur.fetchall()
    conn.rollback()
    return rows
