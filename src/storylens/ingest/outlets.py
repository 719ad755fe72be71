"""Outlet names from web domains, e-mail domains and abbreviations found in an article."""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlparse

# Registered domain -> the outlet's usual name. Domains not listed get a capitalised label.
OUTLETS_BY_DOMAIN = {
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "theguardian.com": "The Guardian", "bbc.co.uk": "BBC",
    "bbc.com": "BBC", "cnn.com": "CNN", "foxnews.com": "Fox News", "reuters.com": "Reuters",
    "apnews.com": "Associated Press", "ap.org": "Associated Press", "bloomberg.com": "Bloomberg",
    "aljazeera.com": "Al Jazeera", "breitbart.com": "Breitbart", "wsws.org": "World Socialist Web Site",
    "workers.org": "Workers World", "huffpost.com": "HuffPost", "huffingtonpost.com": "HuffPost",
    "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "npr.org": "NPR",
    "politico.com": "Politico", "politico.eu": "Politico Europe", "thehill.com": "The Hill",
    "axios.com": "Axios", "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times",
    "ft.com": "Financial Times", "economist.com": "The Economist", "telegraph.co.uk": "The Telegraph",
    "independent.co.uk": "The Independent", "dailymail.co.uk": "Daily Mail", "rt.com": "RT",
    "tass.com": "TASS", "tass.ru": "TASS", "themoscowtimes.com": "The Moscow Times", "meduza.io": "Meduza",
    "novayagazeta.eu": "Novaya Gazeta Europe", "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post", "dw.com": "Deutsche Welle", "france24.com": "France 24",
    "lemonde.fr": "Le Monde", "liberation.fr": "Libération", "spiegel.de": "Der Spiegel",
    "newsweek.com": "Newsweek", "time.com": "Time", "theatlantic.com": "The Atlantic", "vox.com": "Vox",
    "msnbc.com": "MSNBC", "nypost.com": "New York Post", "washingtonexaminer.com": "Washington Examiner",
    "dailywire.com": "The Daily Wire", "motherjones.com": "Mother Jones", "jacobin.com": "Jacobin",
    "theintercept.com": "The Intercept", "cnbc.com": "CNBC", "afp.com": "AFP", "euronews.com": "Euronews",
    "scmp.com": "South China Morning Post", "globaltimes.cn": "Global Times", "xinhuanet.com": "Xinhua",
    "haaretz.com": "Haaretz", "timesofisrael.com": "The Times of Israel", "news.sky.com": "Sky News",
    "sky.com": "Sky News", "abc.net.au": "ABC News (Australia)", "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail", "nationalreview.com": "National Review",
    "thedailybeast.com": "The Daily Beast", "slate.com": "Slate", "salon.com": "Salon",
    "democracynow.org": "Democracy Now!", "commondreams.org": "Common Dreams", "rferl.org": "RFE/RL",
}
# Abbreviations outlets use for themselves in signature lines ("To contact the WSWS ...").
OUTLETS_BY_ABBREVIATION = {
    "WSWS": "World Socialist Web Site", "AP": "Associated Press", "AFP": "AFP", "BBC": "BBC",
    "CNN": "CNN", "NYT": "The New York Times", "WSJ": "The Wall Street Journal", "NPR": "NPR",
    "RT": "RT", "TASS": "TASS", "DW": "Deutsche Welle", "FT": "Financial Times", "WP": "The Washington Post",
    "RFE/RL": "RFE/RL", "WW": "Workers World", "REUTERS": "Reuters", "UPI": "UPI", "BLOOMBERG": "Bloomberg",
    "DPA": "dpa", "XINHUA": "Xinhua", "FOX": "Fox News", "NBC": "NBC News", "CBS": "CBS News", "ABC": "ABC News",
}
# Mail services anyone can use: their domain says nothing about the outlet.
WEBMAIL_DOMAINS = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "proton.me", "protonmail.com",
                   "icloud.com", "aol.com", "mail.com", "gmx.com", "yandex.ru", "mail.ru"}
# Platforms whose links and addresses appear in articles without naming the outlet.
PLATFORM_DOMAINS = {"twitter.com", "x.com", "t.co", "facebook.com", "instagram.com", "youtube.com", "youtu.be",
                    "tiktok.com", "telegram.org", "t.me", "linkedin.com", "bit.ly", "google.com", "apple.com",
                    "amazon.com", "wikipedia.org", "archive.org", "substack.com", "medium.com", "patreon.com"}
_TWO_PART_SUFFIXES = {"co.uk", "org.uk", "ac.uk", "com.au", "net.au", "co.nz", "co.jp", "com.br", "co.za",
                      "com.cn", "co.in", "com.ua", "org.ua", "com.tr", "com.mx", "go.com"}

EMAIL = re.compile(r"\b[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
DOMAIN = re.compile(r"(?<![@\w.-])(?:https?://)?((?:[\w-]+\.)+(?:com|org|net|news|info|io|eu|uk|de|fr|ru|ua|au|ca))(?:/\S*)?",
                    re.IGNORECASE)


def registered_domain(host: str) -> str:
    """``www.news.example.co.uk`` -> ``example.co.uk`` (enough for naming outlets)."""
    parts = host.lower().strip(".").split(".")
    keep = 3 if ".".join(parts[-2:]) in _TWO_PART_SUFFIXES else 2
    return ".".join(parts[-keep:])


def outlet_for_domain(host: str) -> Optional[str]:
    host = host.lower().removeprefix("www.")
    if host in OUTLETS_BY_DOMAIN:
        return OUTLETS_BY_DOMAIN[host]
    domain = registered_domain(host)
    if domain in WEBMAIL_DOMAINS or domain in PLATFORM_DOMAINS:
        return None
    if domain in OUTLETS_BY_DOMAIN:
        return OUTLETS_BY_DOMAIN[domain]
    label = domain.split(".")[0]
    return " ".join(word.capitalize() for word in label.split("-")) if label else None


def outlet_for_url(url: str) -> Optional[str]:
    host = urlparse(url if "//" in url else f"//{url}").hostname
    return outlet_for_domain(host) if host else None


def outlet_for_name(name: str) -> str:
    """An abbreviation or domain an outlet signs with, as the outlet's name."""
    name = name.strip(" .,:;")
    if name.upper() in OUTLETS_BY_ABBREVIATION:
        return OUTLETS_BY_ABBREVIATION[name.upper()]
    if DOMAIN.fullmatch(name):
        return outlet_for_url(name) or name
    return name
