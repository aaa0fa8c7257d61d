"""The filters every analysis shares (category with its sub-categories, period, status, district),
as a WHERE clause over gpsu.incidents with bound parameters only.

No widgets here: the Processing algorithms (processing/analysis/base.py) and later the statistics
dock build an AnalysisFilter and ask it for SQL.

The period is in the municipality's wall-clock time (gpsu.setting('timezone')): "from 2024-01-01"
means midnight there, whatever the computer's time zone. A fact belongs to the period by its
reference time: observed_at, or the start of its window (observed_from), the indexed expression.
Duplicates are left out by default: they are the same fact recorded twice.
"""

from dataclasses import dataclass
from datetime import datetime

from psycopg2 import sql

from .exceptions import InvalidInput
from .i18n import tr

STATUS_ALL = "all"
STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
STATUSES = (STATUS_ALL, STATUS_OPEN, STATUS_CLOSED)

REFERENCE_TIME = "coalesce({alias}.observed_at, {alias}.observed_from)"


@dataclass(frozen=True)
class AnalysisFilter:
    category: object = None        # id (int or digits) or code; None/"" for all
    period_from: datetime = None   # naive: municipality wall-clock time; inclusive
    period_to: datetime = None     # naive: municipality wall-clock time; exclusive
    status: str = STATUS_ALL
    district: object = None        # id (int or digits), code or name; None/"" for all
    exclude_duplicates: bool = True

    def validate(self):
        if self.status not in STATUSES:
            raise InvalidInput(tr("Unknown status filter \"{}\".").format(self.status))
        if self.period_from and self.period_to and self.period_from >= self.period_to:
            raise InvalidInput(tr("The start of the period must be before its end."))
        return self

    # -- resolving names to ids (clear errors for unknown ones) ---------------------------------

    def category_id(self, conn):
        """The id of the chosen category (None for all); InvalidInput if it does not exist."""
        return _resolve(conn, self.category, "SELECT id FROM gpsu.categories WHERE id = %(id)s OR code = %(text)s",
                        tr("No category with the id or code \"{}\"."))

    def district_id(self, conn):
        """The id of the chosen district (None for all); InvalidInput if it does not exist."""
        return _resolve(conn, self.district,
                        "SELECT id FROM gpsu.districts WHERE id = %(id)s OR code = %(text)s "
                        "OR lower(name) = lower(%(text)s) ORDER BY (id = %(id)s) DESC, (code = %(text)s) DESC LIMIT 1",
                        tr("No district with the id, code or name \"{}\"."))

    # -- SQL -------------------------------------------------------------------------------------

    def where(self, conn, alias="i"):
        """(sql.Composable condition, params dict) selecting the incidents `alias` this filter keeps.

        Parameter names start with "f_" so that callers can add their own without clashes.
        """
        self.validate()
        a = sql.Identifier(alias)
        parts, params = [sql.SQL("TRUE")], {}
        category = self.category_id(conn)
        if category is not None:
            parts.append(sql.SQL("{a}.category_id IN (SELECT id FROM gpsu.categories "
                                 "WHERE id = %(f_category)s OR parent_id = %(f_category)s)").format(a=a))
            params["f_category"] = category
        district = self.district_id(conn)
        if district is not None:
            parts.append(sql.SQL("{a}.district_id = %(f_district)s").format(a=a))
            params["f_district"] = district
        reference = sql.SQL(REFERENCE_TIME).format(alias=a)
        if self.period_from:
            parts.append(sql.SQL("{t} >= (%(f_from)s::timestamp AT TIME ZONE gpsu.setting('timezone'))")
                         .format(t=reference))
            params["f_from"] = _naive(self.period_from)
        if self.period_to:
            parts.append(sql.SQL("{t} < (%(f_to)s::timestamp AT TIME ZONE gpsu.setting('timezone'))")
                         .format(t=reference))
            params["f_to"] = _naive(self.period_to)
        if self.status != STATUS_ALL:
            parts.append(sql.SQL("{a}.status IN (SELECT code FROM gpsu.statuses WHERE is_open = %(f_open)s)")
                         .format(a=a))
            params["f_open"] = self.status == STATUS_OPEN
        if self.exclude_duplicates:
            parts.append(sql.SQL("{a}.status <> 'duplicate'").format(a=a))
        return sql.SQL(" AND ").join(parts), params

    def describe(self):
        """A short readable summary for logs and layer names."""
        bits = []
        if self.category not in (None, ""):
            bits.append(tr("category {}").format(self.category))
        if self.district not in (None, ""):
            bits.append(tr("district {}").format(self.district))
        if self.period_from:
            bits.append(tr("from {}").format(self.period_from.isoformat(" ", "minutes")))
        if self.period_to:
            bits.append(tr("to {}").format(self.period_to.isoformat(" ", "minutes")))
        if self.status != STATUS_ALL:
            bits.append(tr("open cases") if self.status == STATUS_OPEN else tr("closed cases"))
        return ", ".join(bits) or tr("all incidents")


def _naive(value):
    return value.replace(tzinfo=None) if value.tzinfo else value


def _resolve(conn, value, query, message):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    number = int(text) if text.lstrip("-").isdigit() else None
    with conn.cursor() as cur:
        cur.execute(query, {"id": number, "text": text})
        row = cur.fetchone()
    if row is None:
        raise InvalidInput(message.format(text))
    return row[0]
