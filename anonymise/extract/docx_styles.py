"""Word run and paragraph styles: which text a reader can see (vanish, colour on its background, size)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from anonymise.extract.safexml import attr_local, localname

_FALSE = {"0", "false", "off", "none"}
_HIGHLIGHT = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF",
    "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080",
    "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000",
    "darkGray": "808080", "lightGray": "C0C0C0",
}


@dataclass(frozen=True)
class RunProps:
    """The run properties that decide whether text can be seen."""

    vanish: bool | None = None
    color: str | None = None
    fill: str | None = None
    highlight: str | None = None
    size: int | None = None

    def over(self, other: RunProps) -> RunProps:
        """``other`` applied on top of these properties."""
        return RunProps(
            vanish=other.vanish if other.vanish is not None else self.vanish,
            color=other.color if other.color is not None else self.color,
            fill=other.fill if other.fill is not None else self.fill,
            highlight=other.highlight if other.highlight is not None else self.highlight,
            size=other.size if other.size is not None else self.size,
        )


def wval(el: etree._Element) -> str | None:
    return attr_local(el, "val")


def hex_colour(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if re.fullmatch(r"[0-9A-F]{6}", value):
        return value
    return None


def _on(el: etree._Element) -> bool:
    val = wval(el)
    return val is None or val.lower() not in _FALSE


def read_rpr(rpr: etree._Element | None) -> RunProps:
    """The visibility-relevant properties of a ``w:rPr`` element."""
    if rpr is None:
        return RunProps()
    props: dict[str, object] = {}
    for child in rpr:
        name = localname(child)
        if name in ("vanish", "specVanish"):
            props["vanish"] = _on(child)
        elif name == "color":
            val = wval(child)
            theme = (attr_local(child, "themeColor") or "").lower()
            if val and val.lower() == "auto":
                props["color"] = "AUTO"
            elif hex_colour(val):
                props["color"] = hex_colour(val)
            elif theme in ("background1", "light1"):
                props["color"] = "FFFFFF"
        elif name == "shd":
            fill = hex_colour(attr_local(child, "fill"))
            if fill:
                props["fill"] = fill
        elif name == "highlight":
            val = wval(child) or ""
            if val in _HIGHLIGHT:
                props["highlight"] = _HIGHLIGHT[val]
        elif name == "sz":
            try:
                props["size"] = int(wval(child) or "")
            except ValueError:
                pass
    return RunProps(**props)  # type: ignore[arg-type]


@dataclass
class Styles:
    """Character and paragraph styles, resolved through ``w:basedOn``."""

    defaults: RunProps = field(default_factory=RunProps)
    rpr: dict[str, RunProps] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    para_fill: dict[str, str] = field(default_factory=dict)
    table_fills: dict[str, set[str]] = field(default_factory=dict)
    custom_names: list[str] = field(default_factory=list)  # names of styles the user made (shown in Word's gallery)

    def resolve(self, style_id: str | None) -> RunProps:
        """The run properties a style gives, following its ``basedOn`` chain."""
        chain: list[str] = []
        current = style_id
        while current and current not in chain and len(chain) < 30:
            chain.append(current)
            current = self.based_on.get(current)
        props = RunProps()
        for sid in reversed(chain):
            props = props.over(self.rpr.get(sid, RunProps()))
        return props

    def fills_of_table(self, style_id: str | None) -> tuple[str, ...]:
        """Every cell shading a table style (or a style it is based on) can give."""
        fills: set[str] = set()
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            fills |= self.table_fills.get(current, set())
            current = self.based_on.get(current)
        return tuple(sorted(fills))

    def fill_of(self, style_id: str | None) -> str | None:
        """The paragraph shading a paragraph style gives."""
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            if current in self.para_fill:
                return self.para_fill[current]
            current = self.based_on.get(current)
        return None


def read_styles(root: etree._Element | None) -> Styles:
    """Read ``word/styles.xml`` into ``Styles``."""
    styles = Styles()
    if root is None:
        return styles
    for el in root.iter():
        name = localname(el)
        if name == "rPrDefault":
            for child in el:
                if localname(child) == "rPr":
                    styles.defaults = read_rpr(child)
        elif name == "style":
            sid = attr_local(el, "styleId")
            if not sid:
                continue
            if (attr_local(el, "customStyle") or "").lower() in ("1", "true", "on"):
                for child in el:
                    if localname(child) in ("name", "aliases") and wval(child):
                        styles.custom_names.append(wval(child) or "")
            if attr_local(el, "type") == "table":
                styles.table_fills[sid] = {
                    fill for shd in el.iter() if localname(shd) == "shd" and (fill := hex_colour(attr_local(shd, "fill")))
                }
            for child in el:
                cname = localname(child)
                if cname == "basedOn" and wval(child):
                    styles.based_on[sid] = wval(child) or ""
                elif cname == "rPr":
                    styles.rpr[sid] = read_rpr(child)
                elif cname == "pPr":
                    for pchild in child:
                        if localname(pchild) == "shd" and hex_colour(attr_local(pchild, "fill")):
                            styles.para_fill[sid] = hex_colour(attr_local(pchild, "fill")) or ""
    return styles


def close_colours(a: str, b: str) -> bool:
    """Whether two hex colours are indistinguishable to a reader."""
    da = [int(a[i:i + 2], 16) for i in (0, 2, 4)]
    db = [int(b[i:i + 2], 16) for i in (0, 2, 4)]
    return max(abs(x - y) for x, y in zip(da, db)) <= 24
