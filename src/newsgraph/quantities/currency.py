"""Currencies: symbols and words with their ISO 4217 codes, and the money scale suffixes.

Hand-written for the currencies news names. A bare "$" is read as US dollars and a
bare "dollars" likewise, unless a country word says otherwise ("Canadian dollars",
"C$"). Sub-units keep their own name ("3 dimes": unit "dime") and convert to the
main unit ("USD" 0.3).
"""

from __future__ import annotations

from newsgraph.quantities.units import Unit


def _money(code: str, factor: float = 1.0, name: str = "") -> Unit:
    return Unit(name or code, "currency", factor, code=code, article=bool(name))


# Symbols written before (or, for €, £ and ¥, also after) the amount; case kept.
PREFIX_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD",
    "CAD$": "CAD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "CHF": "CHF",
    "dlrs": "USD", "dlr": "USD",
}
SUFFIX_SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR", "₩": "KRW", "₺": "TRY", "₫": "VND",
                  "₱": "PHP", "₪": "ILS", "₦": "NGN", "฿": "THB"}

ISO_CODES = (
    "USD EUR GBP JPY CNY RMB RUB UAH INR CHF CAD AUD NZD HKD SGD BRL MXN KRW TRY ILS NGN ZAR "
    "SAR AED QAR EGP PKR BDT IDR MYR THB PHP VND PLN HUF CZK SEK NOK DKK KES GHS IRR IQD BTC"
).split()

# Words after the amount (lower-case; plurals listed).
_WORDS = {
    "dollar dollars us_dollar us_dollars u.s._dollar u.s._dollars american_dollars": "USD",
    "canadian_dollar canadian_dollars": "CAD",
    "australian_dollar australian_dollars": "AUD",
    "new_zealand_dollar new_zealand_dollars": "NZD",
    "hong_kong_dollar hong_kong_dollars": "HKD",
    "singapore_dollar singapore_dollars": "SGD",
    "taiwan_dollar taiwan_dollars taiwanese_dollars": "TWD",
    "euro euros": "EUR",
    "pound_sterling pounds_sterling sterling british_pounds": "GBP",
    "yen japanese_yen": "JPY",
    "yuan renminbi chinese_yuan": "CNY",
    "rupee rupees indian_rupees": "INR",
    "pakistani_rupees": "PKR",
    "rouble roubles ruble rubles": "RUB",
    "hryvnia hryvnias hryvnas hryvnia hryvni": "UAH",
    "lira liras lire turkish_lira": "TRY",
    "shekel shekels new_shekels": "ILS",
    "swiss_franc swiss_francs francs": "CHF",
    "rand": "ZAR",
    "egyptian_pound egyptian_pounds": "EGP",
    "lebanese_pound lebanese_pounds": "LBP",
    "syrian_pound syrian_pounds": "SYP",
    "sudanese_pound sudanese_pounds": "SDG",
    "naira": "NGN",
    "riyal riyals saudi_riyals": "SAR",
    "dirham dirhams": "AED",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "zloty zlotys zlotych": "PLN",
    "forint forints": "HUF",
    "bitcoin bitcoins": "BTC",
    "mexican_peso mexican_pesos": "MXN",
    "reais brazilian_real brazilian_reais": "BRL",
    "argentine_peso argentine_pesos argentinian_pesos": "ARS",
    "colombian_peso colombian_pesos": "COP",
    "chilean_peso chilean_pesos": "CLP",
    "philippine_peso philippine_pesos": "PHP",
    "swedish_krona swedish_kronor": "SEK",
    "norwegian_krone norwegian_kroner": "NOK",
    "danish_krone danish_kroner": "DKK",
    "south_korean_won": "KRW",
    "taka bangladeshi_taka": "BDT",
    "cedi cedis ghanaian_cedis": "GHS",
    "birr ethiopian_birr": "ETB",
    "tenge": "KZT",
    "vietnamese_dong": "VND",
    "kenyan_shillings kenya_shillings": "KES",
    "ugandan_shillings": "UGX",
    "tanzanian_shillings": "TZS",
}

SUBUNITS = {
    "cent cents": _money("USD", 0.01, "cent"),
    "penny pennies pence": _money("GBP", 0.01, "penny"),
    "dime dimes": _money("USD", 0.1, "dime"),
}

# Scale suffixes written right after a money amount ("$3.5bn", "€10M", "£2.5m", "$5k").
MONEY_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "MM": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "t": 1e12, "T": 1e12, "tn": 1e12,
    "trn": 1e12, "tr": 1e12,
}
# Scale suffixes allowed on a plain number ("0.5k miles", "10M users", "3bn people"); not
# "K", which is as often a resolution ("4K video") or kelvin ("573.15K").
PLAIN_SCALES = {"k": 1e3, "M": 1e6, "mn": 1e6, "bn": 1e9}
# Scale words after any number ("1.2 million", "3 lakh").
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6,
    "mn": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}


def currency_words() -> dict[str, Unit]:
    """Lower-case currency word → its Unit ("euros" → EUR, "dimes" → dime)."""
    out: dict[str, Unit] = {}
    for cell, code in _WORDS.items():
        for word in cell.split():
            out[word.replace("_", " ")] = _money(code)
    for cell, unit in SUBUNITS.items():
        for word in cell.split():
            out[word] = unit
    return out


CURRENCY_WORDS = currency_words()
POUND_STERLING = _money("GBP")
# "Egyptian pounds": a pound that is not sterling; a bare "pounds" later in the text is the same currency.
NATIONAL_POUNDS = {"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG"}


def money_unit(code: str) -> Unit:
    """The Unit of a currency given its ISO code (or a symbol's code)."""
    return _money("CNY" if code == "RMB" else code)
