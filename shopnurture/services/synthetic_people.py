"""The synthetic shop's customers: names, cities, phone plans, mail domains, and contact rows.

Phone patterns are mobile ranges that `phonenumbers` accepts as valid; a test checks them all.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

from shopnurture.data.contacts import search_text_for
from shopnurture.domain.vocabulary import Consent, Phase


class PhonePattern(NamedTuple):
    """E.164 prefix, then one of `first_digits`, then `rest` free digits."""

    prefix: str
    first_digits: str
    rest: int


class City(NamedTuple):
    name: str
    time_zone: str
    weight: int
    phones: tuple[PhonePattern, ...]


class Country(NamedTuple):
    code: str
    weight: int
    cities: tuple[City, ...]
    email_domains: tuple[str, ...]
    email_domain_weights: tuple[int, ...]
    female_names: tuple[str, ...]
    male_names: tuple[str, ...]


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


def _domains(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Providers and their weights. Every address ends in the reserved `.example` domain
    (RFC 2606), so a demo or benchmark shop can never email or text a real person."""
    pairs = [item.split(":") for item in text.split()]
    return tuple(f"{name}.example" for name, _ in pairs), tuple(int(w) for _, w in pairs)


SURNAMES = _names(
    "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
    "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, "
    "Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, "
    "Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, "
    "Medina, Garrido, Cortés, Castillo, Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, "
    "Calvo, Gallego, Vidal, León, Márquez, Herrera, Peña, Flores, Cabrera, Campos, Vega, "
    "Fuentes, Carrasco, Díez, Caballero, Reyes, Nieto, Aguilar, Pascual, Santana, Herrero, "
    "Montero, Lorenzo, Hidalgo, Giménez, Ibáñez, Ferrer, Durán, Vicente, Benítez, Mora, Arias, "
    "Vargas, Carmona, Crespo, Román, Pastor, Soto, Sáez, Velasco, Moya, Soler, Parra, Esteban, "
    "Bravo, Gallardo, Rojas, Quispe, Mamani, Chávez, Espinoza, Salazar, Mendoza, Acosta, Sosa, "
    "Rivera, Villalobos, Zúñiga, Echeverría, Ibarra, Gaitán, Cárdenas, Beltrán, Peñalosa"
)
_SPAIN_FEMALE = _names(
    "Lucía, María, Carmen, Laura, Marta, Paula, Elena, Sara, Nuria, Irene, Alba, Cristina, "
    "Raquel, Beatriz, Pilar, Rocío, Inés, Noelia, Montserrat, Begoña, Ainhoa, Aitana, "
    "María José, Ana Belén, Mercedes, Consuelo, Sofía, Martina, Julia, Nerea"
)
_SPAIN_MALE = _names(
    "Javier, Sergio, David, Daniel, Pablo, Alejandro, Carlos, Jorge, Álvaro, Adrián, Iván, "
    "Rubén, Óscar, Íñigo, Jordi, Raúl, Andrés, José Luis, Juan Carlos, Francisco Javier, "
    "Ramón, Jesús, Nicolás, Hugo, Manuel, Antonio, Joaquín, Gonzalo, Marc, Aitor"
)
_LATAM_FEMALE = _names(
    "Camila, Valentina, Sofía, Ximena, Guadalupe, Fernanda, Daniela, Mariana, Renata, "
    "Florencia, Agustina, Catalina, Martina, Luciana, Paola, Gabriela, Yesenia, Milagros, "
    "Rosa María, Ana Lucía, María Fernanda, Jimena, Isabella, Antonella, Valeria, Maite"
)
_LATAM_MALE = _names(
    "Santiago, Mateo, Sebastián, Matías, Emiliano, Diego, Joaquín, Agustín, Tomás, Benjamín, "
    "Juan Pablo, Luis Fernando, Andrés Felipe, José Ángel, Héctor, Rodrigo, Gonzalo, Facundo, "
    "Cristóbal, Alonso, Ignacio, Maximiliano, Julián, Efraín, Iker, Thiago"
)
ENGLISH_FIRST_NAMES = _names(
    "Emily, Olivia, James, Oliver, Sophie, Thomas, Hannah, Jack, Charlotte, George"
)
ENGLISH_SURNAMES = _names("Smith, Clarke, Walker, Thompson, Wright, Evans, Hughes, Bennett")

# Spanish mobiles: 6xx and 71x-74x (9 in 10 are 6xx).
_ES_PHONES = (PhonePattern("+346", "0123456789", 7),) * 9 + (PhonePattern("+347", "1234", 7),)
_CO_PHONES = tuple(
    PhonePattern(f"+57{block}", "0123456789", 6)
    for block in "300 301 302 304 305 310 311 312 313 314 315 316 317 318 319 320 321 350".split()
)
_CL_PHONES = (PhonePattern("+569", "2458", 7),)
_PE_PHONES = (PhonePattern("+519", "0123456789", 7),)


def _mexico(name: str, zone: str, weight: int, area: str) -> City:
    # Ten digits after +52: the area code, then the subscriber number.
    return City(name, zone, weight, (PhonePattern(f"+52{area}", "123456789", 9 - len(area)),))


def _argentina(name: str, zone: str, weight: int, area: str) -> City:
    # Mobiles in E.164 carry a 9 before the area code; local numbers start with 2-6.
    return City(name, zone, weight, (PhonePattern(f"+549{area}", "23456", 9 - len(area)),))


COUNTRIES: tuple[Country, ...] = (
    Country(
        "ES",
        45,
        tuple(
            City(name, zone, weight, _ES_PHONES)
            for name, zone, weight in (
                ("Madrid", "Europe/Madrid", 30),
                ("Barcelona", "Europe/Madrid", 22),
                ("Valencia", "Europe/Madrid", 10),
                ("Sevilla", "Europe/Madrid", 8),
                ("Málaga", "Europe/Madrid", 7),
                ("Zaragoza", "Europe/Madrid", 6),
                ("Bilbao", "Europe/Madrid", 5),
                ("Murcia", "Europe/Madrid", 4),
                ("Granada", "Europe/Madrid", 4),
                ("A Coruña", "Europe/Madrid", 3),
                ("Las Palmas de Gran Canaria", "Atlantic/Canary", 4),
                ("Santa Cruz de Tenerife", "Atlantic/Canary", 3),
            )
        ),
        *_domains("gmail.com:50 hotmail.es:16 outlook.es:10 yahoo.es:8 icloud.com:8 outlook.com:8"),
        _SPAIN_FEMALE,
        _SPAIN_MALE,
    ),
    Country(
        "MX",
        22,
        (
            _mexico("Ciudad de México", "America/Mexico_City", 40, "55"),
            _mexico("Guadalajara", "America/Mexico_City", 18, "33"),
            _mexico("Monterrey", "America/Monterrey", 15, "81"),
            _mexico("Puebla", "America/Mexico_City", 8, "222"),
            _mexico("Querétaro", "America/Mexico_City", 6, "442"),
            _mexico("Tijuana", "America/Tijuana", 5, "664"),
            _mexico("Cancún", "America/Cancun", 4, "998"),
            _mexico("Mérida", "America/Merida", 4, "999"),
        ),
        *_domains("gmail.com:52 hotmail.com:24 yahoo.com.mx:12 outlook.com:12"),
        _LATAM_FEMALE,
        _LATAM_MALE,
    ),
    Country(
        "AR",
        10,
        (
            _argentina("Buenos Aires", "America/Argentina/Buenos_Aires", 50, "11"),
            _argentina("Córdoba", "America/Argentina/Cordoba", 18, "351"),
            _argentina("Rosario", "America/Argentina/Cordoba", 14, "341"),
            _argentina("Mendoza", "America/Argentina/Mendoza", 10, "261"),
            _argentina("La Plata", "America/Argentina/Buenos_Aires", 8, "221"),
        ),
        *_domains("gmail.com:55 hotmail.com:20 yahoo.com.ar:15 outlook.com:10"),
        _LATAM_FEMALE,
        _LATAM_MALE,
    ),
    Country(
        "CO",
        10,
        tuple(
            City(name, "America/Bogota", weight, _CO_PHONES)
            for name, weight in (
                ("Bogotá", 40),
                ("Medellín", 25),
                ("Cali", 15),
                ("Barranquilla", 12),
                ("Cartagena", 8),
            )
        ),
        *_domains("gmail.com:55 hotmail.com:25 yahoo.com:10 outlook.com:10"),
        _LATAM_FEMALE,
        _LATAM_MALE,
    ),
    Country(
        "CL",
        7,
        tuple(
            City(name, "America/Santiago", weight, _CL_PHONES)
            for name, weight in (
                ("Santiago", 60),
                ("Valparaíso", 15),
                ("Concepción", 15),
                ("Antofagasta", 10),
            )
        ),
        *_domains("gmail.com:55 hotmail.com:20 outlook.com:15 yahoo.com:10"),
        _LATAM_FEMALE,
        _LATAM_MALE,
    ),
    Country(
        "PE",
        6,
        tuple(
            City(name, "America/Lima", weight, _PE_PHONES)
            for name, weight in (("Lima", 65), ("Arequipa", 15), ("Trujillo", 10), ("Cusco", 10))
        ),
        *_domains("gmail.com:60 hotmail.com:25 outlook.com:8 yahoo.com:7"),
        _LATAM_FEMALE,
        _LATAM_MALE,
    ),
)


@dataclass(slots=True)
class JourneyFacts:
    """What a contact's activity showed; decides the contact's phase and some of its tags."""

    ordered: bool = False
    considered: bool = False
    signed_up: bool = False
    orders: int = 0
    spent_cents: int = 0
    first_source: str = ""
    product_views: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=4096)
def _ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


class ContactMaker:
    """Makes `contact` rows; remembers the addresses it gave out so each stays unique."""

    def __init__(self, rng: random.Random, now: datetime, consent_source: str) -> None:
        self.rng = rng
        self.now = now
        self.consent_source = consent_source
        self.used_emails: set[str] = set()
        # Cumulative weights, computed once: `choices` is called for every contact.
        self._countries = list(accumulate(country.weight for country in COUNTRIES))
        self._cities = {
            c.code: list(accumulate(city.weight for city in c.cities)) for c in COUNTRIES
        }
        self._domains = {c.code: list(accumulate(c.email_domain_weights)) for c in COUNTRIES}

    def pick_country(self) -> Country:
        return self.rng.choices(COUNTRIES, cum_weights=self._countries)[0]

    def contact(
        self,
        contact_id: int,
        country: Country,
        created: datetime,
        *,
        wholesale: bool,
        facts: JourneyFacts,
    ) -> dict[str, Any]:
        rng = self.rng
        city = rng.choices(country.cities, cum_weights=self._cities[country.code])[0]
        english = rng.random() < 0.03
        if english:  # expats and visitors: one surname, English spoken
            first, last = rng.choice(ENGLISH_FIRST_NAMES), rng.choice(ENGLISH_SURNAMES)
        else:
            names = country.female_names if rng.random() < 0.55 else country.male_names
            first = rng.choice(names)
            last = f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
        birth_year = self.now.year - int(rng.triangular(18, 78, 34)) - 1
        birthday = None
        if rng.random() < 0.7:
            birthday = date(birth_year, 1, 1) + timedelta(days=rng.randrange(365))
        phone = None
        if rng.random() < 0.88:
            pattern = rng.choice(city.phones)
            number = rng.randrange(10**pattern.rest)
            phone = f"{pattern.prefix}{rng.choice(pattern.first_digits)}{number:0{pattern.rest}d}"
        email_consent, email_at = self._consent(created, 0.85 if facts.signed_up else 0.7)
        sms_consent, sms_at = self._consent(created, 0.55) if phone else (Consent.UNKNOWN, None)
        row = {
            "id": contact_id,
            "email": self._email(first, last, birth_year, country),
            "phone": phone,
            "first_name": first,
            "last_name": last,
            "birthday": birthday,
            "language": "en" if english else "es",
            "country": country.code,
            "city": city.name,
            "time_zone": city.time_zone,
            "tags": self._tags(facts, email_consent, wholesale),
            "email_consent": email_consent.value,
            "email_consent_at": email_at,
            "email_consent_source": self.consent_source if email_at else None,
            "sms_consent": sms_consent.value,
            "sms_consent_at": sms_at,
            "sms_consent_source": self.consent_source if sms_at else None,
            "lead_score": 0,  # scoring belongs to the scoring engine, not to made-up data
            "phase": _phase(facts).value,
            "external_id": None,
            "custom_fields": "{}",
            "search_text": "",
            "created_at": created,
            "updated_at": max(moment for moment in (created, email_at, sms_at) if moment),
        }
        row["search_text"] = search_text_for(row)
        return row

    def _email(self, first: str, last: str, birth_year: int, country: Country) -> str:
        rng = self.rng
        given = _ascii_word(first.split()[0] if rng.random() < 0.7 else first)
        surnames = last.split()
        surname, second = _ascii_word(surnames[0]), _ascii_word(surnames[-1])
        local = rng.choice(
            (
                f"{given}.{surname}",
                f"{given}{surname}{birth_year % 100:02d}",
                f"{given[0]}{surname}{second[0]}",
                f"{given}_{surname}",
                f"{given}.{surname}.{second}",
                f"{surname}.{given}",
            )
        )
        domain = rng.choices(country.email_domains, cum_weights=self._domains[country.code])[0]
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{local}{rng.randrange(1, 1000)}@{domain}"
        self.used_emails.add(email)
        return email

    def _consent(self, created: datetime, granted_share: float) -> tuple[Consent, datetime | None]:
        draw = self.rng.random()
        if draw < granted_share:
            return Consent.GRANTED, created
        if draw < granted_share + 0.08:
            later = (self.now - created).total_seconds() * self.rng.uniform(0.2, 0.95)
            return Consent.WITHDRAWN, created + timedelta(seconds=int(later))
        return Consent.UNKNOWN, None

    def _tags(self, facts: JourneyFacts, email_consent: Consent, wholesale: bool) -> str:
        tags = []
        if facts.spent_cents >= 25_000 or facts.orders >= 3:
            tags.append("vip")
        if facts.signed_up and email_consent == Consent.GRANTED:
            tags.append("newsletter")
        if wholesale:
            tags.append("mayorista")
        if facts.first_source == "instagram" and self.rng.random() < 0.5:
            tags.append("instagram")
        if self.rng.random() < 0.04:  # entered a giveaway
            tags.append("sorteo")
        return ",".join(sorted(tags))


def _phase(facts: JourneyFacts) -> Phase:
    if facts.ordered:
        return Phase.CUSTOMER
    if facts.considered:
        return Phase.CONSIDERATION
    return Phase.AWARENESS
