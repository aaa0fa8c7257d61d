"""Statistics over the incidents for a period and a zone: what the Statistics dock charts, what the
DLS report prints and what the monthly series algorithm outputs. SQL and numbers only (no widgets):

    query = StatsQuery(datetime(2025, 1, 1), datetime(2026, 1, 1), category_ids=(3,), district_ids=(1, 2))
    series = counts_over_time(conn, query)          # per category, day / week / month buckets
    pair = compare_phenomena(conn, query, (3,), (5, 6))
    statuses = cases_by_status(conn, query)
    services = handling_times(conn, query)          # median time to closure, overdue share
    districts = top_districts(conn, query)
    monthly = monthly_series(conn, query)           # aoristic monthly counts + seasonal decomposition

Conventions (those of core.analysis_filters): the period is naive, in the municipality's wall-clock
time (gpsu.setting('timezone')), start included and end excluded; a fact belongs to it by its
reference time, observed_at or the start of its window (the indexed expression); duplicates are
left out unless asked for. A category includes its sub-categories. Every value is a bound
parameter; the database aggregates, Python only fills the gaps and lays the numbers out.
"""

import csv
import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

import numpy as np
from psycopg2 import sql

from .exceptions import InvalidInput
from .i18n import tr
from .incidents import label_column

DAY, WEEK, MONTH = "day", "week", "month"
BUCKETS = (DAY, WEEK, MONTH)
MAX_SERIES = 8                 # categories drawn separately; the others are summed as "Other categories"
MIN_SEASONAL_MONTHS = 24       # two years before a seasonal index means anything
OTHER_KEY = -1
BIG_WORK_MEM = "64MB"          # for the two aggregates that sort or hash one row per fact

REFERENCE_TIME = sql.SQL("coalesce(i.observed_at, i.observed_from)")
LOCAL_TIME = sql.SQL("(coalesce(i.observed_at, i.observed_from) AT TIME ZONE z.tz)")
# OFFSET 0 keeps the planner from pulling the setting into every row (a PL/pgSQL call per fact)
TZ_JOIN = sql.SQL("CROSS JOIN (SELECT gpsu.setting('timezone') AS tz OFFSET 0) z")
OPEN_STATUSES = sql.SQL("(SELECT code FROM gpsu.statuses WHERE is_open)")
CLOSED_STATUSES = sql.SQL("(SELECT code FROM gpsu.statuses WHERE NOT is_open)")


# ---------------------------------------------------------------------------------------------
# the selection

@dataclass(frozen=True)
class StatsQuery:
    """Which incidents: period, zone (districts or a polygon) and filters; empty tuples mean all."""

    period_from: datetime = None    # naive, municipality wall-clock time, included
    period_to: datetime = None      # naive, municipality wall-clock time, excluded
    category_ids: tuple = ()        # categories (with their sub-categories) or sub-categories
    statuses: tuple = ()            # status codes
    service_ids: tuple = ()
    district_ids: tuple = ()
    polygon_wkt: str = None         # a zone drawn or the map's extent, in polygon_srid
    polygon_srid: int = None        # None: the schema's CRS
    include_duplicates: bool = False

    def validate(self):
        if self.period_from and self.period_to and _naive(self.period_from) >= _naive(self.period_to):
            raise InvalidInput(tr("The start of the period must be before its end."))
        if self.polygon_wkt is not None and not str(self.polygon_wkt).strip():
            raise InvalidInput(tr("The zone is empty."))
        return self

    def with_period(self, period_from, period_to):
        return replace(self, period_from=period_from, period_to=period_to)

    def previous(self):
        """The same selection over the previous period of the same length."""
        if not (self.period_from and self.period_to):
            raise InvalidInput(tr("A period is needed to compare it with the previous one."))
        return self.with_period(*previous_period(self.period_from, self.period_to))

    def where(self, alias="i"):
        """(sql.Composable condition, params) over gpsu.incidents `alias`; parameters start with "s_"."""
        self.validate()
        a = sql.Identifier(alias)
        reference = sql.SQL("coalesce({a}.observed_at, {a}.observed_from)").format(a=a)
        parts, params = [sql.SQL("TRUE")], {}
        if self.period_from:
            # bounds as uncorrelated subqueries: computed once (an InitPlan), the index on the time used
            parts.append(sql.SQL("{t} >= (SELECT %(s_from)s::timestamp AT TIME ZONE gpsu.setting('timezone'))")
                         .format(t=reference))
            params["s_from"] = _naive(self.period_from)
        if self.period_to:
            parts.append(sql.SQL("{t} < (SELECT %(s_to)s::timestamp AT TIME ZONE gpsu.setting('timezone'))")
                         .format(t=reference))
            params["s_to"] = _naive(self.period_to)
        if self.category_ids:
            parts.append(sql.SQL("{a}.category_id IN (SELECT id FROM gpsu.categories "
                                 "WHERE id = ANY(%(s_categories)s) OR parent_id = ANY(%(s_categories)s))")
                         .format(a=a))
            params["s_categories"] = [int(c) for c in self.category_ids]
        if self.statuses:
            parts.append(sql.SQL("{a}.status = ANY(%(s_statuses)s)").format(a=a))
            params["s_statuses"] = [str(s) for s in self.statuses]
        if not self.include_duplicates:
            parts.append(sql.SQL("{a}.status <> 'duplicate'").format(a=a))
        if self.service_ids:
            parts.append(sql.SQL("{a}.service_id = ANY(%(s_services)s)").format(a=a))
            params["s_services"] = [int(s) for s in self.service_ids]
        if self.district_ids:
            parts.append(sql.SQL("{a}.district_id = ANY(%(s_districts)s)").format(a=a))
            params["s_districts"] = [int(d) for d in self.district_ids]
        if self.polygon_wkt:
            schema_srid = sql.SQL("(SELECT value::integer FROM gpsu.settings WHERE key = 'srid')")
            if self.polygon_srid:
                zone = sql.SQL("ST_Transform(ST_GeomFromText(%(s_wkt)s, %(s_srid)s), {srid})").format(
                    srid=schema_srid)
                params["s_srid"] = int(self.polygon_srid)
            else:
                zone = sql.SQL("ST_GeomFromText(%(s_wkt)s, {srid})").format(srid=schema_srid)
            parts.append(sql.SQL("ST_Intersects({a}.geom, {zone})").format(a=a, zone=zone))
            params["s_wkt"] = str(self.polygon_wkt)
        return sql.SQL(" AND ").join(parts), params


def _naive(value):
    return value.replace(tzinfo=None) if value is not None and value.tzinfo else value


def previous_period(period_from, period_to):
    """The period of the same length just before: whole calendar months stay whole months
    (March-May 2025 -> December 2024-February 2025), any other period shifts by its length."""
    start, end = _naive(period_from), _naive(period_to)
    if _is_month_start(start) and _is_month_start(end):
        months = (end.year - start.year) * 12 + end.month - start.month
        return add_months(start, -months), start
    return start - (end - start), start


def _is_month_start(moment):
    return moment.day == 1 and moment.time() == datetime.min.time()


def add_months(moment, months):
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1, day=1)


# ---------------------------------------------------------------------------------------------
# buckets

def bucket_for(period_from, period_to):
    """Days up to two months, weeks up to a year and a half, months beyond."""
    days = (_naive(period_to) - _naive(period_from)).total_seconds() / 86400.0
    if days <= 62:
        return DAY
    if days <= 550:
        return WEEK
    return MONTH


def bucket_start(moment, bucket):
    day = moment.date() if isinstance(moment, datetime) else moment
    if bucket == DAY:
        return day
    if bucket == WEEK:
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday, as date_trunc('week')
    if bucket == MONTH:
        return day.replace(day=1)
    raise InvalidInput(tr("Unknown time step \"{}\".").format(bucket))


def next_bucket(day, bucket):
    if bucket == DAY:
        return day + timedelta(days=1)
    if bucket == WEEK:
        return day + timedelta(days=7)
    return add_months(datetime.combine(day, datetime.min.time()), 1).date()


def bucket_starts(period_from, period_to, bucket):
    """The first day of every bucket that meets [period_from, period_to)."""
    start, end = _naive(period_from), _naive(period_to)
    current, out = bucket_start(start, bucket), []
    while datetime.combine(current, datetime.min.time()) < end:
        out.append(current)
        current = next_bucket(current, bucket)
    return out


def bucket_label(day, bucket):
    if bucket == MONTH:
        return day.strftime("%m/%Y")
    return day.strftime("%d/%m/%Y")


# ---------------------------------------------------------------------------------------------
# results

@dataclass
class Series:
    """Counts per bucket for a few named series (categories, or two phenomena)."""

    bucket: str
    starts: list                    # date of each bucket's first day
    keys: list                      # category id (OTHER_KEY for the others), or "a"/"b"
    names: list
    colours: list
    values: np.ndarray              # shape (len(keys), len(starts))

    @property
    def total(self):
        return int(self.values.sum()) if self.values.size else 0

    def table(self):
        header = [tr("Period start")] + list(self.names) + [tr("Total")]
        rows = []
        for k, day in enumerate(self.starts):
            column = [_number(v) for v in self.values[:, k]] if len(self.keys) else []
            rows.append([day.isoformat()] + column + [_number(sum(column))])
        return header, rows


@dataclass
class Count:
    key: object
    label: str
    count: float
    colour: str = "#808080"
    extra: dict = field(default_factory=dict)


@dataclass
class Counts:
    """A labelled count per key (status, district, category, service), in display order."""

    title_key: str
    items: list

    @property
    def total(self):
        return sum(item.count for item in self.items)

    def table(self):
        return [tr("Label"), tr("Facts")], [[item.label, _number(item.count)] for item in self.items]


@dataclass
class ServiceTime:
    service_id: object              # None: not assigned; "all": every service together
    label: str
    cases: int
    closed: int
    median_hours: float             # None when no case was closed
    mean_hours: float
    with_due: int
    overdue: int                    # still open past their due date, or closed after it

    @property
    def overdue_share(self):
        return self.overdue / self.with_due if self.with_due else None


@dataclass
class HandlingTimes:
    services: list                  # [ServiceTime], busiest first
    overall: ServiceTime

    def table(self):
        header = [tr("Service"), tr("Cases"), tr("Closed"), tr("Median time to closure (days)"),
                  tr("Mean time to closure (days)"), tr("Overdue share (%)")]
        rows = []
        for s in self.services + [self.overall]:
            rows.append([s.label, s.cases, s.closed, _days(s.median_hours), _days(s.mean_hours),
                         "" if s.overdue_share is None else round(100.0 * s.overdue_share, 1)])
        return header, rows


@dataclass
class Comparison:
    """Counts in the period and the previous one, per key."""

    rows: list                      # [(key, label, colour, current, previous)]

    @property
    def totals(self):
        return sum(r[3] for r in self.rows), sum(r[4] for r in self.rows)

    def table(self):
        header = [tr("Label"), tr("Period"), tr("Previous period"), tr("Change"), tr("Change (%)")]
        out = []
        for _key, label, _colour, current, previous in self.rows:
            out.append([label, current, previous, current - previous, _pct(current, previous)])
        return header, out


@dataclass
class MonthlySeries:
    months: list                    # date of each month's first day
    counts: np.ndarray              # aoristic: window facts spread over the months they cover
    facts: int                      # facts selected
    trend: np.ndarray               # centred 2x12 moving average (NaN at both ends)
    seasonal_index: np.ndarray      # 12 values, January first, averaging 1 (NaN: too short a series)
    seasonal: np.ndarray            # the index of each month of the series
    adjusted: np.ndarray            # counts / seasonal (NaN when no index)

    @property
    def has_seasonality(self):
        return bool(np.isfinite(self.seasonal_index).all())

    def table(self):
        header = [tr("Month"), tr("Count"), tr("Trend"), tr("Seasonal index"), tr("Seasonally adjusted")]
        rows = []
        for k, month in enumerate(self.months):
            rows.append([month.strftime("%Y-%m"), _number(self.counts[k]), _float(self.trend[k]),
                         _float(self.seasonal[k]), _float(self.adjusted[k])])
        return header, rows


def _number(value):
    value = float(value)
    return int(value) if value.is_integer() else round(value, 3)


def _float(value, digits=4):
    return "" if value is None or not math.isfinite(value) else round(float(value), digits)


def _days(hours):
    return "" if hours is None else round(hours / 24.0, 2)


def _pct(current, previous):
    return "" if not previous else round(100.0 * (current - previous) / previous, 1)


def write_csv(path, header, rows):
    """A CSV file (UTF-8 with a BOM so that spreadsheets read the accents, comma separated)."""
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# queries

def _fetch(conn, query, params, work_mem=None, hash_joins=False):
    with conn.cursor() as cur:
        if work_mem:  # for this transaction only: sorts and hashes of a big aggregate stay in memory
            cur.execute("SELECT set_config('work_mem', %s, true)", (work_mem,))
        if hash_joins:  # for this transaction only, where the planner cannot estimate a join's sides
            cur.execute("SELECT set_config('enable_nestloop', 'off', true)")
        if work_mem or hash_joins:  # their inflated costs would start JIT compilation: a second lost
            cur.execute("SELECT set_config('jit', 'off', true)")
        cur.execute(query, params)
        rows = cur.fetchall()
    conn.rollback()
    return rows


def _require_period(query):
    if not (query.period_from and query.period_to):
        raise InvalidInput(tr("Choose a period: its start and its end."))


def expand_categories(conn, category_ids):
    """The ids of `category_ids` and of their sub-categories."""
    if not category_ids:
        return []
    rows = _fetch(conn, "SELECT id FROM gpsu.categories WHERE id = ANY(%(ids)s) OR parent_id = ANY(%(ids)s) "
                        "ORDER BY id", {"ids": [int(c) for c in category_ids]})
    return [r[0] for r in rows]


def category_labels(conn, language="fr"):
    """{id: (label, colour, parent_id)} of every category and sub-category."""
    rows = _fetch(conn, sql.SQL("SELECT id, coalesce({}, label_fr), colour, parent_id FROM gpsu.categories")
                  .format(sql.Identifier(label_column(language))), {})
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _grouping_level(conn, query):
    """'leaf' when the chosen categories all belong to one category (its sub-categories are then
    shown), 'top' otherwise."""
    if not query.category_ids:
        return "top"
    rows = _fetch(conn, "SELECT DISTINCT coalesce(parent_id, id) FROM gpsu.categories WHERE id = ANY(%(ids)s)",
                  {"ids": [int(c) for c in query.category_ids]})
    return "leaf" if len(rows) == 1 else "top"


def counts_over_time(conn, query, bucket=None, language="fr", level=None, max_series=MAX_SERIES):
    """Facts per bucket (day / week / month from the period's length) and per category.

    `level` "top" groups sub-categories under their category, "leaf" keeps them apart; by default
    sub-categories are shown when the filter keeps a single category. The largest `max_series`
    categories are kept, the others summed as "Other categories".
    """
    _require_period(query)
    bucket = bucket or bucket_for(query.period_from, query.period_to)
    if bucket not in BUCKETS:
        raise InvalidInput(tr("Unknown time step \"{}\".").format(bucket))
    level = level or _grouping_level(conn, query)
    key = sql.SQL("c.id") if level == "leaf" else sql.SQL("coalesce(c.parent_id, c.id)")
    where, params = query.where()
    params["bucket"] = bucket
    rows = _fetch(conn, sql.SQL(
        "SELECT date_trunc(%(bucket)s, {local})::date, {key}, count(*) "
        "FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id {tz} "
        "WHERE {where} GROUP BY 1, 2").format(local=LOCAL_TIME, key=key, tz=TZ_JOIN, where=where), params)
    starts = bucket_starts(query.period_from, query.period_to, bucket)
    position = {day: k for k, day in enumerate(starts)}
    totals = {}
    for _day, category, n in rows:
        totals[category] = totals.get(category, 0) + n
    ranked = sorted(totals, key=lambda c: (-totals[c], c))
    kept = ranked[:max_series] if len(ranked) > max_series else ranked
    labels = category_labels(conn, language)
    keys = list(kept) + ([OTHER_KEY] if len(ranked) > len(kept) else [])
    index = {k: n for n, k in enumerate(keys)}
    values = np.zeros((len(keys), len(starts)))
    for day, category, n in rows:
        if day in position:
            values[index.get(category, index.get(OTHER_KEY, 0)), position[day]] += n
    names = [labels.get(k, (tr("Other categories"),))[0] if k != OTHER_KEY else tr("Other categories")
             for k in keys]
    colours = [labels[k][1] if k in labels else "#98a2b3" for k in keys]
    return Series(bucket, starts, keys, names, colours, values)


def compare_phenomena(conn, query, categories_a, categories_b, bucket=None, names=None, language="fr"):
    """Two phenomena (two sets of categories, each with its sub-categories) over the same period and
    zone, per bucket. The query's own categories are ignored."""
    _require_period(query)
    if not categories_a or not categories_b:
        raise InvalidInput(tr("Choose the categories of both phenomena."))
    bucket = bucket or bucket_for(query.period_from, query.period_to)
    set_a, set_b = expand_categories(conn, categories_a), expand_categories(conn, categories_b)
    both = replace(query, category_ids=tuple(sorted(set(set_a) | set(set_b))))
    where, params = both.where()
    params.update(bucket=bucket, set_a=set_a, set_b=set_b)
    rows = _fetch(conn, sql.SQL(
        "SELECT date_trunc(%(bucket)s, {local})::date, "
        "count(*) FILTER (WHERE i.category_id = ANY(%(set_a)s)), "
        "count(*) FILTER (WHERE i.category_id = ANY(%(set_b)s)) "
        "FROM gpsu.incidents i {tz} WHERE {where} GROUP BY 1").format(local=LOCAL_TIME, tz=TZ_JOIN, where=where),
        params)
    starts = bucket_starts(query.period_from, query.period_to, bucket)
    position = {day: k for k, day in enumerate(starts)}
    values = np.zeros((2, len(starts)))
    for day, a, b in rows:
        if day in position:
            values[0, position[day]] += a
            values[1, position[day]] += b
    if names is None:
        labels = category_labels(conn, language)
        names = [" + ".join(labels[c][0] for c in ids if c in labels) for ids in (categories_a, categories_b)]
        colours = [labels.get(int(categories_a[0]), ("", "#1f4e79"))[1],
                   labels.get(int(categories_b[0]), ("", "#d6604d"))[1]]
        if colours[0].lower() == colours[1].lower():
            colours = ["#1f4e79", "#d6604d"]
    else:
        colours = ["#1f4e79", "#d6604d"]
    return Series(bucket, starts, ["a", "b"], list(names), colours, values)


def counts_by(conn, query, dimension, language="fr"):
    """Facts per category (sub-categories under their category), sub-category, district, service or
    status, most first (statuses in workflow order), as Counts."""
    label = sql.Identifier(label_column(language))
    where, params = query.where()
    if dimension in ("category", "subcategory"):
        key = sql.SQL("coalesce(c.parent_id, c.id)") if dimension == "category" else sql.SQL("c.id")
        q = sql.SQL(
            "WITH n AS (SELECT {key} AS k, count(*) AS n FROM gpsu.incidents i "
            "JOIN gpsu.categories c ON c.id = i.category_id WHERE {where} GROUP BY 1) "
            "SELECT n.k, coalesce(x.{label}, x.label_fr), x.colour, n.n FROM n JOIN gpsu.categories x ON x.id = n.k "
            "ORDER BY n.n DESC, x.sort_order, x.id").format(key=key, where=where, label=label)
    elif dimension == "district":
        q = sql.SQL(
            "WITH n AS (SELECT i.district_id AS k, count(*) AS n FROM gpsu.incidents i WHERE {where} GROUP BY 1) "
            "SELECT n.k, d.name, NULL, n.n FROM n LEFT JOIN gpsu.districts d ON d.id = n.k "
            "ORDER BY n.n DESC, d.name NULLS LAST").format(where=where)
    elif dimension == "service":
        q = sql.SQL(
            "WITH n AS (SELECT i.service_id AS k, count(*) AS n FROM gpsu.incidents i WHERE {where} GROUP BY 1) "
            "SELECT n.k, coalesce(s.{label}, s.label_fr), NULL, n.n FROM n LEFT JOIN gpsu.services s ON s.id = n.k "
            "ORDER BY n.n DESC, 2 NULLS LAST").format(where=where, label=label)
    elif dimension == "status":
        return cases_by_status(conn, query, language)
    else:
        raise InvalidInput(tr("Unknown grouping \"{}\".").format(dimension))
    rows = _fetch(conn, q, params)
    fallback = {"district": tr("Outside the districts"), "service": tr("Not assigned")}.get(dimension, "")
    return Counts(dimension, [Count(k, name if name is not None else fallback, n, colour or "#1f4e79")
                              for k, name, colour, n in rows])


def cases_by_status(conn, query, language="fr"):
    """Facts per status, in workflow order, every status listed (duplicates only when included)."""
    where, params = query.where()
    rows = _fetch(conn, sql.SQL(
        "WITH n AS (SELECT i.status, count(*) AS n FROM gpsu.incidents i WHERE {where} GROUP BY 1) "
        "SELECT s.code, coalesce(s.{label}, s.label_fr), s.is_open, coalesce(n.n, 0) "
        "FROM gpsu.statuses s LEFT JOIN n ON n.status = s.code ORDER BY s.sort_order")
        .format(where=where, label=sql.Identifier(label_column(language))), params)
    from .layers import STATUS_COLOURS

    items = [Count(code, label, n, STATUS_COLOURS.get(code, "#808080"), {"open": is_open})
             for code, label, is_open, n in rows
             if query.include_duplicates or code != "duplicate"]
    if query.statuses:
        items = [item for item in items if item.key in query.statuses]
    return Counts("status", items)


def top_districts(conn, query, limit=10):
    counts = counts_by(conn, query, "district")
    return Counts("district", counts.items[:limit])


def handling_times(conn, query, language="fr"):
    """Per service (and for all): cases, closed cases, the median and mean time from recording to
    closure (the last time the case left the open statuses, from gpsu.incident_history), and the
    share of cases with a due date that are overdue: still open after it, or closed after it."""
    where, params = query.where()
    rows = _fetch(conn, sql.SQL(
        "WITH closing AS ("
        "  SELECT h.incident_id, max(h.at) AS at"
        "  FROM gpsu.incidents i JOIN gpsu.incident_history h ON h.incident_id = i.id"
        "  WHERE {where} AND i.status IN {closed}"
        "    AND h.action = 'status_changed' AND h.old_status IN {open} AND h.new_status IN {closed}"
        "  GROUP BY 1"
        "), per AS ("
        "  SELECT i.service_id, i.status IN {open} AS is_open, i.due_at,"
        "         CASE WHEN i.status IN {closed} THEN coalesce(c.at, i.closed_at) END AS closed,"
        "         CASE WHEN i.status IN {closed} THEN"
        "           extract(epoch FROM coalesce(c.at, i.closed_at) - i.recorded_at)::float8 / 3600.0 END AS hours"
        "  FROM gpsu.incidents i LEFT JOIN closing c ON c.incident_id = i.id WHERE {where}"
        ") "
        "SELECT GROUPING(per.service_id), per.service_id, count(*), count(per.hours),"
        "  percentile_cont(0.5) WITHIN GROUP (ORDER BY per.hours), avg(per.hours),"
        "  count(per.due_at),"
        "  count(*) FILTER (WHERE (per.is_open AND per.due_at < now())"
        "                   OR (NOT per.is_open AND per.closed > per.due_at)) "
        "FROM per GROUP BY GROUPING SETS ((per.service_id), ())")
        .format(open=OPEN_STATUSES, closed=CLOSED_STATUSES, where=where), params, work_mem=BIG_WORK_MEM)
    labels = dict(_fetch(conn, sql.SQL("SELECT id, coalesce({}, label_fr) FROM gpsu.services")
                         .format(sql.Identifier(label_column(language))), {}))
    services, overall = [], ServiceTime("all", tr("All services"), 0, 0, None, None, 0, 0)
    for everyone, service_id, cases, closed, median, mean, with_due, overdue in rows:
        if everyone:
            overall = ServiceTime("all", tr("All services"), cases, closed, median, mean, with_due, overdue)
        else:
            label = labels.get(service_id) if service_id is not None else tr("Not assigned")
            services.append(ServiceTime(service_id, label or str(service_id), cases, closed, median, mean,
                                        with_due, overdue))
    services.sort(key=lambda s: (-s.cases, s.label))
    return HandlingTimes(services, overall)


def compare_periods(conn, query, dimension, previous=None, language="fr"):
    """Counts per `dimension` (see counts_by) in the query's period and in `previous` (by default the
    previous period of the same length), every key of either period listed, largest first."""
    previous = previous or query.previous()
    current = counts_by(conn, query, dimension, language)
    before = counts_by(conn, previous, dimension, language)
    merged = {}
    for item in current.items:
        merged[item.key] = [item.key, item.label, item.colour, item.count, 0]
    for item in before.items:
        merged.setdefault(item.key, [item.key, item.label, item.colour, 0, 0])[4] = item.count
    rows = sorted((tuple(r) for r in merged.values()), key=lambda r: (-r[3], -r[4], str(r[1])))
    if dimension == "status":
        order = {item.key: n for n, item in enumerate(current.items)}
        rows.sort(key=lambda r: order.get(r[0], 99))
    return Comparison(rows)


# ---------------------------------------------------------------------------------------------
# hour x weekday (the time profile algorithm's query, aoristic) and hot spots

def hour_weekday(conn, query):
    """7 x 24 weights (Monday first, hours 0-23 in the municipality's time): the Time profile
    algorithm's aoristic query run on this selection."""
    from ..processing.analysis.time_profile import QUERY

    where, params = query.where()
    # hash joins: the 168 cells would otherwise be matched by a nested loop over every weighted piece
    rows = _fetch(conn, sql.SQL(QUERY).format(where=where), params, work_mem=BIG_WORK_MEM, hash_joins=True)
    matrix = np.zeros((7, 24))
    for weekday, hour, weight, _facts in rows:
        matrix[weekday, hour] = weight
    return matrix


@dataclass
class HotSpot:
    rank: int
    x: float                        # cell centre, schema CRS
    y: float
    count: int
    z: float
    p_fdr: float
    confidence: int                 # 3, 2, 1 (99, 95, 90 %) or 0 (not significant: top counts only)
    district: str


def top_hot_spots(conn, query, limit=10, cell_size=None):
    """The hottest cells of the Hot spots algorithm's grid (Getis-Ord Gi*, FDR-corrected): hot
    spots first by z-score, then, when fewer than `limit` are significant, the busiest cells.

    Returns (cells, cell size in metres)."""
    from ..processing.analysis import gistar
    from ..processing.analysis.hotspots import GRID, TERRITORY, default_cell_size

    where, params = query.where()
    params["district"] = None
    territory = sql.SQL(TERRITORY).format(where=where)
    (area, count), = _fetch(conn, sql.SQL("SELECT ST_Area(t.g), (SELECT count(*) FROM gpsu.incidents i "
                                          "WHERE {where}) FROM ({territory}) t").format(where=where,
                                                                                         territory=territory),
                            params)
    if not count:
        return [], None
    size = float(cell_size or default_cell_size(area or 0.0, count))
    params["size"] = size
    # the grid's cells and counts are joined by hash: estimated at one row each, a nested loop
    # would count the facts again for every cell (40 s instead of 1 s at 1M incidents)
    rows = _fetch(conn, sql.SQL("SELECT g.i, g.j, g.n FROM ({grid}) AS g(i, j, n, wkb)")
                  .format(grid=sql.SQL(GRID).format(territory=territory, where=where)), params, hash_joins=True)
    if not rows:
        return [], size
    i = np.array([r[0] for r in rows], dtype=np.int64)
    j = np.array([r[1] for r in rows], dtype=np.int64)
    counts = np.array([r[2] for r in rows], dtype=float)
    try:
        result = gistar.grid_gi_star(i, j, counts, size, 1.5 * size)
        z, p_fdr, classes = result["z"], result["p_fdr"], result["gi_bin"]
    except gistar.GiStarError:
        z, p_fdr, classes = np.zeros(len(rows)), np.ones(len(rows)), np.zeros(len(rows), dtype=int)
    hot = [k for k in np.argsort(-z, kind="stable") if classes[k] > 0]
    busiest = [k for k in np.argsort(-counts, kind="stable") if classes[k] <= 0 and counts[k] > 0]
    chosen = (hot + busiest)[:limit]
    centres = [((i[k] + 0.5) * size, (j[k] + 0.5) * size) for k in chosen]
    names = _districts_at(conn, centres)
    return [HotSpot(rank + 1, x, y, int(counts[k]), float(z[k]), float(p_fdr[k]), int(max(classes[k], 0)), name)
            for rank, (k, (x, y), name) in enumerate(zip(chosen, centres, names))], size


def _districts_at(conn, points):
    if not points:
        return []
    rows = _fetch(conn, "SELECT p.n, (SELECT d.name FROM gpsu.districts d WHERE ST_Intersects(d.geom, "
                        "ST_SetSRID(ST_MakePoint(p.x, p.y), ST_SRID(d.geom))) ORDER BY d.id LIMIT 1) "
                        "FROM unnest(%(xs)s::float8[], %(ys)s::float8[]) WITH ORDINALITY AS p(x, y, n) ORDER BY p.n",
                  {"xs": [float(p[0]) for p in points], "ys": [float(p[1]) for p in points]})
    return [r[1] or "" for r in rows]


# ---------------------------------------------------------------------------------------------
# monthly series with seasonality

MONTHLY = """
WITH z AS MATERIALIZED (SELECT gpsu.setting('timezone') AS tz),
f AS MATERIALIZED (
    -- facts seen at a time are counted per month at once; windows are kept for spreading
    SELECT CASE WHEN i.observed_at IS NOT NULL THEN date_trunc('month', i.observed_at AT TIME ZONE z.tz) END AS m,
           CASE WHEN i.observed_at IS NULL THEN i.observed_from AT TIME ZONE z.tz END AS from_local,
           CASE WHEN i.observed_at IS NULL THEN i.observed_to AT TIME ZONE z.tz END AS to_local,
           count(*) AS n
    FROM gpsu.incidents i CROSS JOIN z WHERE {where}
    GROUP BY 1, 2, 3
), pieces AS (
    SELECT f.m, f.n::float8 AS w FROM f WHERE f.m IS NOT NULL
    UNION ALL
    SELECT date_trunc('month', f.from_local), f.n::float8 FROM f
    WHERE f.m IS NULL AND f.to_local <= f.from_local
    UNION ALL
    SELECT s.month, f.n * extract(epoch FROM least(s.month + interval '1 month', f.to_local)
                                    - greatest(s.month, f.from_local))::float8
              / extract(epoch FROM f.to_local - f.from_local)::float8
    FROM f CROSS JOIN LATERAL generate_series(date_trunc('month', f.from_local), f.to_local,
                                              interval '1 month') AS s(month)
    WHERE f.m IS NULL AND f.to_local > f.from_local AND s.month < f.to_local
)
SELECT m::date, sum(w), (SELECT sum(n) FROM f)::bigint FROM pieces GROUP BY 1 ORDER BY 1
"""


def monthly_series(conn, query, trim_leading=False):
    """Monthly counts over the query's period (whole months; without a period, from the first to
    the last fact) with a classical multiplicative decomposition (see decompose).

    Aoristic weighting: a fact known only by a window (observed_from .. observed_to) is spread over
    the months the window covers, in proportion to the time it covers in each (municipality
    wall-clock time), so that every fact weighs 1 in all. Facts are selected by their reference
    time; the part of a window beyond the last month of the period is left out. `trim_leading`
    drops the empty months before the first fact (a period reaching back before the data).
    """
    where, params = query.where()
    return monthly_series_where(conn, where, params, query.period_from, query.period_to, trim_leading)


def monthly_series_where(conn, where, params, period_from=None, period_to=None, trim_leading=False):
    """monthly_series for any condition over gpsu.incidents `i` (core.analysis_filters' where(), as
    the Processing algorithm gives), over whole months of [period_from, period_to)."""
    rows = _fetch(conn, sql.SQL(MONTHLY).format(where=where), params, work_mem=BIG_WORK_MEM)
    facts = int(rows[0][2]) if rows else 0
    if period_from and period_to:
        months = bucket_starts(period_from, period_to, MONTH)
    elif rows:
        months = bucket_starts(datetime.combine(rows[0][0], datetime.min.time()),
                               datetime.combine(next_bucket(rows[-1][0], MONTH), datetime.min.time()), MONTH)
    else:
        months = []
    position = {m: k for k, m in enumerate(months)}
    counts = np.zeros(len(months))
    for month, weight, _facts in rows:
        if month in position:
            counts[position[month]] += weight
    if trim_leading and counts.any():
        first = int(np.argmax(counts > 0))
        months, counts = months[first:], counts[first:]
    trend, index, seasonal, adjusted = decompose(counts, months[0].month if months else 1)
    return MonthlySeries(months, counts, facts, trend, index, seasonal, adjusted)


def moving_average_2x12(values):
    """The centred 2x12 moving average (weights 1/24, 1/12 x 11, 1/24); NaN for the first and last
    six months."""
    y = np.asarray(values, dtype=float)
    out = np.full(len(y), np.nan)
    if len(y) < 13:
        return out
    weights = np.r_[0.5, np.ones(11), 0.5] / 12.0
    out[6:len(y) - 6] = np.convolve(y, weights, mode="valid")
    return out


def decompose(values, first_month=1, min_months=MIN_SEASONAL_MONTHS):
    """Classical multiplicative decomposition by ratio to moving average.

    trend = centred 2x12 moving average; for each calendar month, the seasonal index is the mean of
    value / trend over the years where the trend exists and is positive, then the twelve indices are
    scaled to average 1; adjusted = value / index. Returns (trend, 12 indices January first, the
    index of each month of the series, adjusted). With fewer than `min_months` months (or a month of
    the year with no ratio) the indices and the adjusted series are NaN.
    """
    y = np.asarray(values, dtype=float)
    n = len(y)
    trend = moving_average_2x12(y)
    calendar = (np.arange(n) + int(first_month) - 1) % 12
    index = np.full(12, np.nan)
    if n >= min_months:
        ok = np.isfinite(trend) & (trend > 0)
        ratios = np.full(n, np.nan)
        ratios[ok] = y[ok] / trend[ok]
        for month in range(12):
            chosen = ratios[(calendar == month) & ok]
            if len(chosen):
                index[month] = chosen.mean()
        if np.isfinite(index).all() and index.mean() > 0:
            index = index / index.mean()
        else:
            index = np.full(12, np.nan)
    seasonal = index[calendar] if n else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        adjusted = np.where(seasonal > 0, y / seasonal, np.nan) if n else np.zeros(0)
    return trend, index, seasonal, adjusted


def month_names():
    return [tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"),
            tr("August"), tr("September"), tr("October"), tr("November"), tr("December")]


def first_of_month(day):
    return date(day.year, day.month, 1)
