# SPDX-License-Identifier: MIT
# cred_heldout.py — the HELD-OUT credential set of bench/scan-accuracy
# (issue #20 item 3). Written after the tuned set (bench/cred_vectors.py)
# and apart from it: its own value generator (SHA-256 in counter mode,
# not Python's Mersenne twister), its own seed, its own sentences, JSON
# bodies, config forms and non-secrets. The detectors are never tuned
# against this file: a miss here is fixed for its class (a phrasing, a
# format), never by adding this set's words; when a change is made for a
# class, this set is re-run as it is, not edited to pass.
#
# Contexts: "written" (the value alone, or the config line, header, XML
# element or command it comes in), "prose" (a help-desk sentence, a few
# in Spanish, French, German and Portuguese) and "json" (a webhook or
# API body). Gold spans are the credential itself: the whole URL for
# webhook and connection URLs (without a scheme where it is written so),
# user:password for curl -u, the base64 for Basic.
# All values are fake, generated here.
import base64
import binascii
import hashlib
import json

from cred_vectors import b62_encode  # the format (base62 of a CRC), not a generator


class Draw:
    """Deterministic draws from SHA-256(seed || counter)."""

    def __init__(self, seed):
        self.seed = seed.encode()
        self.n = 0
        self.buf = b""

    def byte(self):
        if not self.buf:
            self.buf = hashlib.sha256(self.seed + self.n.to_bytes(8, "big")).digest()
            self.n += 1
        b, self.buf = self.buf[0], self.buf[1:]
        return b

    def below(self, k):
        """0 <= x < k (k <= 65536), by rejection."""
        lim = 65536 - 65536 % k
        while True:
            x = self.byte() << 8 | self.byte()
            if x < lim:
                return x % k

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def num(self, lo, hi):
        """lo <= x <= hi, for ranges under 65536."""
        return lo + self.below(hi - lo + 1)

    def chars(self, alphabet, n):
        return "".join(self.pick(alphabet) for _ in range(n))

    def raw(self, n):
        return bytes(self.byte() for _ in range(n))


UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = UP.lower()
DG = "0123456789"
ALNUM = UP + LO + DG
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def strong(d, n, alphabet=ALNUM):
    """n characters of 'alphabet' holding an upper, a lower and a digit."""
    while True:
        v = d.chars(alphabet, n)
        if any(c in UP for c in v) and any(c in LO for c in v) and any(c in DG for c in v):
            return v


def uuid(d):
    h = d.chars(HEX, 32)
    return "-".join((h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]))


def with_crc(d, prefix):
    body = d.chars(ALNUM, 30)
    return prefix + body + b62_encode(binascii.crc32(body.encode()), 6)


def b64(raw):
    return base64.b64encode(raw).decode()


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def passwords(d):
    """Passwords people give out: temp passwords, words with digits and a
    symbol, passphrases, generated ones."""
    nouns = ["Lantern", "Pebble", "Juniper", "Glacier", "Saffron", "Walnut",
             "Bramble", "Quartz", "Meadow", "Tundra", "Comet", "Ember"]
    kind = d.below(6)
    if kind == 0:
        return d.pick(["Welcome", "Spring", "Winter", "Clinic", "Portal"]) + \
            str(d.num(2019, 2027)) + d.pick("!#$*")
    if kind == 1:
        return d.pick(nouns) + d.pick("-_.") + d.pick(nouns).lower() + str(d.num(1, 999))
    if kind == 2:
        return strong(d, d.num(9, 14), ALNUM + "!@#%^&*+=?")
    if kind == 3:
        return "-".join(d.pick(nouns).lower() for _ in range(3)) + str(d.num(0, 99))
    if kind == 4:
        return d.chars(LO, 4) + str(d.num(10, 99)) + d.chars(UP, 2) + d.pick("!$%")
    return d.pick(nouns) + "@" + str(d.num(100, 9999))


def jwt(d):
    hdr = b64url_nopad(json.dumps({"alg": d.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}).encode())
    body = b64url_nopad(json.dumps({"sub": "u" + d.chars(DG, 6), "iss": "https://id.clinic-portal.example",
                                    "exp": 1760000000 + d.num(0, 60000) * 7}).encode())
    return "%s.%s.%s" % (hdr, body, b64url_nopad(d.raw(32)))


def pem(d):
    label = d.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = b64(d.raw(d.pick([121, 180, 240])))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# Each type: its name (the rule it is expected under, or what it is),
# the generator, several ways to call it in a sentence ("what"), the
# field names a config or JSON body uses, and optionally how it is
# written when that is not "the value or name=value".
def types():
    T = []

    def add(name, gen, what, fields, written=None, shown=None):
        T.append(dict(name=name, gen=gen, what=what, fields=fields,
                      written=written, shown=shown))

    def slack_hook(d):
        u = "hooks.slack.com/services/T%s/B%s/%s" % (
            d.chars(UP + DG, d.pick([9, 10, 11])), d.chars(UP + DG, d.pick([9, 10, 11])), strong(d, 24))
        return u if d.below(3) == 0 else "https://" + u
    add("slack-webhook-url", slack_hook,
        ["Slack webhook", "incoming webhook for #triage", "Slack hook URL"], ["slack_url", "webhook"])

    def teams_hook(d):
        u = "%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            d.pick(["stlukeshealth", "valleyortho", "acmeclinics"]), uuid(d), uuid(d),
            d.chars(HEX, 32), uuid(d))
        if d.below(2):
            u += "/V2" + d.chars(URLSAFE, 43)
        return u if d.below(3) == 0 else "https://" + u
    add("teams-webhook-url", teams_hook,
        ["Teams channel webhook", "Teams connector URL", "webhook for the on-call Teams channel"],
        ["teams_webhook", "notify_url"])

    def flow_url(d):
        if d.below(2):
            u = ("prod-%d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
                 "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
                     d.num(10, 180), d.pick(["centralus", "uksouth", "westeurope"]),
                     d.chars(HEX, 32), strong(d, 43, URLSAFE)))
        else:
            u = ("%s.%02d.environment.api.powerplatform.com:443/powerautomate/automations/direct/"
                 "workflows/%s/triggers/manual/paths/invoke?api-version=1&sp=%%2Ftriggers%%2Fmanual"
                 "%%2Frun&sv=1.0&sig=%s" % (d.chars(HEX, 32), d.num(1, 99), d.chars(HEX, 32),
                                           strong(d, 43, URLSAFE)))
        return "https://" + u
    add("power-automate-workflow-url", flow_url,
        ["Power Automate HTTP trigger", "flow URL", "Logic App trigger URL"], ["flow_url", "trigger_url"])

    def discord_hook(d):
        u = "%s/api/webhooks/%d%s/%s" % (d.pick(["discord.com", "discordapp.com"]), d.num(1, 9),
                                         d.chars(DG, d.pick([17, 18])), strong(d, 68, URLSAFE))
        return u if d.below(3) == 0 else "https://" + u
    add("discord-webhook-url", discord_hook,
        ["Discord webhook", "webhook of the Discord status channel"], ["discord_webhook", "url"])

    def query_token(d):
        return "https://%s/%s?%s=%s" % (
            d.pick(["portal.radiology-partner.example", "api.faxrelay.example.net", "export.labs.example.org"]),
            d.pick(["api/v2/studies", "outbound/send", "reports.csv"]),
            d.pick(["access_token", "apikey", "token", "auth_token", "api_key"]), strong(d, d.num(28, 48), URLSAFE))
    add("url-query-token", query_token,
        ["report link", "export URL (it has the token in it)", "feed address"], ["callback", "report_url"])

    add("twilio-api-key", lambda d: "SK" + d.chars(HEX, 32),
        ["Twilio API key SID", "Twilio key"], ["TWILIO_API_KEY", "twilio_key_sid"])
    add("twilio-auth-token", lambda d: d.chars(HEX, 32),
        ["Twilio auth token", "auth token of the Twilio account"], ["TWILIO_AUTH_TOKEN", "twilio_token"],
        written=lambda d, v: d.pick([
            "account_sid: AC%s\nauth_token: %s" % (d.chars(HEX, 32), v),
            "TWILIO_SID=AC%s TWILIO_TOKEN=%s" % (d.chars(HEX, 32), v)]))
    add("sendgrid-api-key", lambda d: "SG.%s.%s" % (strong(d, 22, URLSAFE), strong(d, 43, URLSAFE)),
        ["SendGrid key", "SendGrid API key for appointment e-mails"], ["SENDGRID_KEY", "sendgrid"])
    add("mailgun-api-key", lambda d: d.pick([
        lambda: "key-" + d.chars(HEX, 32),
        lambda: "%s-%s-%s" % (d.chars(HEX, 32), d.chars(HEX, 8), d.chars(HEX, 8))])(),
        ["Mailgun API key", "Mailgun private key"], ["MAILGUN_KEY", "mailgun_api_key"])
    add("vonage-api-secret", lambda d: strong(d, 16),
        ["Vonage API secret", "Nexmo secret"], ["VONAGE_SECRET", "nexmo_api_secret"])
    add("messagebird-access-key", lambda d: strong(d, 25),
        ["MessageBird live key", "MessageBird access key"], ["MESSAGEBIRD_KEY", "messagebird_access_key"])
    add("aws-access-key-id", lambda d: d.pick(["AKIA", "ASIA"]) + d.chars(UP + "234567", 16),
        ["AWS access key", "IAM access key id"], ["AWS_ACCESS_KEY_ID", "aws_key"])
    add("aws-secret-access-key", lambda d: strong(d, 40, ALNUM + "+/"),
        ["AWS secret access key", "secret key of the S3 user"], ["AWS_SECRET_ACCESS_KEY", "aws_secret_key"],
        written=lambda d, v: d.pick([
            "[default]\naws_access_key_id=AKIA%s\naws_secret_access_key=%s" % (d.chars(UP + "234567", 16), v),
            "AKIA%s / %s" % (d.chars(UP + "234567", 16), v)]))
    add("aws-bedrock-api-key", lambda d: "ABSK" + b64(
        ("BedrockAPIKey-%s-at-%d:%s" % (d.chars(LO + DG, 4), int("3" + d.chars(DG, 11)), strong(d, 44))).encode()),
        ["Bedrock API key", "AWS Bedrock key"], ["AWS_BEARER_TOKEN_BEDROCK", "bedrock_key"])
    add("azure-ad-client-secret", lambda d: d.chars(ALNUM, 3) + d.pick(DG) + "Q~" + strong(d, 34, ALNUM + "_-.~"),
        ["Entra app client secret", "Azure AD app secret"], ["AZURE_CLIENT_SECRET", "clientSecret"])
    add("azure-storage-account-key", lambda d: b64(d.raw(64)),
        ["storage account key", "Azure Blob key"], ["AZURE_STORAGE_KEY", "accountKey"],
        written=lambda d, v: "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            d.pick(["scansarchive", "faxinbox01", "portaluploads"]), v))
    add("gitlab-token", lambda d: d.pick(["glpat-", "gldt-", "glrt-"]) + strong(d, 20, URLSAFE),
        ["GitLab access token", "GitLab deploy token"], ["GITLAB_TOKEN", "gitlab_pat"])
    add("atlassian-api-token", lambda d: "ATATT3xFfGF0" + strong(d, 160, URLSAFE) + "=" + d.chars("0123456789ABCDEF", 8),
        ["Atlassian API token", "Jira token"], ["JIRA_TOKEN", "atlassian_token"])
    add("npm-token", lambda d: with_crc(d, "npm_"), ["npm publish token", "npm token"], ["NPM_TOKEN", "npmAuthToken"])
    add("pypi-token", lambda d: "pypi-AgEIcHlwaS5vcmc" + strong(d, 150, URLSAFE),
        ["PyPI token", "PyPI API token"], ["PYPI_TOKEN", "pypi_password"])
    add("shopify-token", lambda d: d.pick(["shpat_", "shpss_"]) + d.chars(HEX, 32),
        ["Shopify access token", "Shopify app secret"], ["SHOPIFY_TOKEN", "shopify_admin_token"])
    add("slack-app-token", lambda d: "xapp-1-A%s-%s-%s" % (d.chars(UP + DG, 10), "7" + d.chars(DG, 12), d.chars(HEX, 64)),
        ["Slack app token", "Socket Mode token"], ["SLACK_APP_TOKEN", "app_token"])
    add("slack-token", lambda d: d.pick([
        lambda: "xoxb-%s-%s-%s" % ("1" + d.chars(DG, 11), "5" + d.chars(DG, 12), strong(d, 24)),
        lambda: "xoxp-%s-%s-%s-%s" % ("2" + d.chars(DG, 10), "3" + d.chars(DG, 11), "4" + d.chars(DG, 12), d.chars(HEX, 32))])(),
        ["Slack bot token", "Slack user token"], ["SLACK_BOT_TOKEN", "slack_token"])
    add("okta-api-token", lambda d: "00" + strong(d, 40, URLSAFE),
        ["Okta API token", "Okta admin token"], ["OKTA_TOKEN", "okta_api_token"],
        written=lambda d, v: d.pick(["Authorization: SSWS %s" % v, "okta:\n  token: %s" % v, "OKTA_API_TOKEN=%s" % v]))
    add("discord-bot-token", lambda d: "%s.%s.%s" % (
        b64(("1" + d.chars(DG, 17)).encode()).rstrip("="), strong(d, 6, URLSAFE), strong(d, 38, URLSAFE)),
        ["Discord bot token", "token of our Discord bot"], ["DISCORD_TOKEN", "discord_bot_token"])
    add("telegram-bot-token", lambda d: "%s:AA%s" % ("6" + d.chars(DG, 9), strong(d, 33, URLSAFE)),
        ["Telegram bot token", "token from BotFather"], ["TELEGRAM_TOKEN", "bot_token"])
    add("google-oauth-client-secret", lambda d: "GOCSPX-" + strong(d, 28, URLSAFE),
        ["Google OAuth client secret", "Google client secret"], ["GOOGLE_CLIENT_SECRET", "client_secret"])
    add("google-api-key", lambda d: "AIza" + strong(d, 35, URLSAFE),
        ["Google API key", "Maps key"], ["GOOGLE_API_KEY", "maps_key"])
    add("zendesk-api-token", lambda d: strong(d, 40),
        ["Zendesk API token", "API token from Admin Center"], ["ZD_TOKEN", "zendesk_token"],
        written=lambda d, v: d.pick([
            "ZENDESK_TOKEN=%s" % v,
            "curl https://clinic.zendesk.com/api/v2/tickets.json -u ops@clinic.example/token:%s" % v,
            "zendesk:\n  subdomain: clinic\n  token: %s" % v]))
    add("github-token", lambda d: d.pick([
        lambda: with_crc(d, d.pick(["ghp_", "ghs_", "gho_"])),
        lambda: "github_pat_11%s_%s" % (d.chars(UP + DG, 20), strong(d, 59, ALNUM))])(),
        ["GitHub token", "GitHub personal access token"], ["GITHUB_TOKEN", "gh_token"])
    add("stripe-secret-key", lambda d: d.pick(["sk_live_", "rk_live_"]) + strong(d, d.pick([24, 99])),
        ["Stripe live key", "Stripe restricted key"], ["STRIPE_SECRET_KEY", "stripe_key"])
    add("openai-api-key", lambda d: d.pick([
        lambda: "sk-proj-" + strong(d, 156, URLSAFE),
        lambda: "sk-" + strong(d, 20) + "T3BlbkFJ" + strong(d, 20),
        lambda: "sk-svcacct-" + strong(d, 120, URLSAFE)])(),
        ["OpenAI key", "OpenAI API key for the chatbot"], ["OPENAI_API_KEY", "openai_key"])
    add("anthropic-api-key", lambda d: "sk-ant-api03-" + strong(d, 93, URLSAFE) + "AA",
        ["Anthropic key", "Claude API key"], ["ANTHROPIC_API_KEY", "anthropic_key"])
    add("jwt", jwt, ["session JWT", "ID token", "access token (JWT)"], ["id_token", "jwt"])
    add("private-key", pem, ["private key", "SSH key"], ["private_key", "key"],
        written=lambda d, v: v)
    add("database-uri", lambda d: d.pick([
        lambda: "postgresql://%s:%s@%s:5432/%s" % (d.pick(["svc_zd", "etl", "portal"]), strong(d, 14),
                                                   d.pick(["pg-main.internal", "10.20.0.7"]), d.pick(["ehr", "billing"])),
        lambda: "mongodb+srv://%s:%s@cluster1.%s.mongodb.net/%s" % (d.pick(["app", "intake"]), strong(d, 16),
                                                                  d.chars(LO + DG, 5), "prod"),
        lambda: "mysql://%s:%s@db.clinic.example:3306/scheduling" % (d.pick(["root", "sched"]), passwords(d)),
        lambda: "redis://default:%s@cache.clinic.example:6379/0" % strong(d, 20)])(),
        ["database URL", "connection string of the reporting DB"], ["DATABASE_URL", "db_uri"])
    add("url-basic-auth", lambda d: "https://%s:%s@%s/%s" % (
        d.pick(["intake-bot", "svc_forms", "printer"]), strong(d, d.num(12, 18)),
        d.pick(["forms.partner-health.example", "push.notify.example.net"]), d.pick(["hooks/zd", "v1/ingest"])),
        ["endpoint URL with the login in it", "target URL"], ["target_url", "endpoint"])
    add("curl-user-password", lambda d: "%s:%s" % (d.pick(["billing", "api_user", "it@valley.example"]), passwords(d)),
        ["curl command", "test command"], ["cmd", "example"],
        shown=lambda d, v: d.pick([
            "curl -sS --user '%s' https://fax.partner.example/api/v1/outbox",
            "curl -u %s -H 'Accept: application/json' https://records.vendor.example/patients",
            "curl -X GET -u \"%s\" https://intake.example.org/api/forms"]) % v)
    add("basic-auth-header", lambda d: b64(("%s:%s" % (d.pick(["zdsync", "hl7feed", "kiosk"]), passwords(d))).encode()),
        ["Basic auth header", "Authorization header"], ["authorization", "headers"],
        shown=lambda d, v: d.pick(["Authorization: Basic %s", "authorization: basic %s",
                                   "-H \"Authorization: Basic %s\""]) % v)
    add("password", passwords, ["password", "login password", "temp password"], ["password", "smtpPassword"],
        written=lambda d, v: d.pick([
            "SMTP_PASSWORD=%s", "db:\n  user: reports\n  password: \"%s\"", "ftp_pass = %s",
            "<password>%s</password>", "<add key=\"SmtpPassword\" value=\"%s\" />",
            "<input type=\"password\" name=\"pwd\" value=\"%s\">", "$password = '%s';",
            "spring.datasource.password=%s", "\"passwd\": \"%s\"",
            "<entry key=\"db.password\">%s</entry>"]) % v)
    add("secret-assignment", lambda d: strong(d, d.num(24, 44), ALNUM + "_-"),
        ["signing secret", "webhook secret", "shared secret"], ["webhook_secret", "signingSecret"],
        written=lambda d, v: d.pick([
            "WEBHOOK_SIGNING_SECRET=%s", "<add key=\"ApiKey\" value=\"%s\"/>", "<apiKey>%s</apiKey>",
            "hmac_secret: %s", "x-auth-token: %s", "partnerApiKey = \"%s\"",
            "<setting name=\"ClientSecret\" serializeAs=\"String\"><value>%s</value></setting>"]) % v)
    return T


PROSE = [
    "Morning all - {what} for the pharmacy refill bot: {v} (IT asked us to keep it here for now).",
    "Sharing the {what} so Priya can finish the setup tonight -> {v}",
    "hey, is {v} still the {what} we use for the SMS reminders? getting errors",
    "Internal note: the vendor rep read the {what} out over the phone, it's {v}",
    "Please remove this from the macro ASAP, it contains our {what} {v}",
    "Attaching the {what} below.\n\n{v}\n\nThanks, Marco",
    "We rotated the {what} last week; the new one is {v}.",
    "Reminder: the {what} ({v}) expires at the end of the quarter.",
    "Could you update the trigger? Old {what} was revoked. New {what}: {v}",
    "{What} copied from the admin console: {v} -- let me know if it works.",
    "fyi the integration is using {v} as its {what}, not the one in the wiki",
    "Escalation from Tier 1: caller read us the {what} {v} and asked why the sync fails.",
]
# Passwords in help-desk sentences (item 1's phrasings, and a few in
# other languages help desks answer in).
PROSE_PASSWORD = [
    "Please use password {v} when you sign in to the imaging portal.",
    "Hi Tom, the password is {v} - you'll be asked to pick a new one.",
    "pw: {v}",
    "temp password for Dr. Lee is {v}",
    "Login: reception2  Pass: {v}",
    "New hire account is ready, initial password {v}, must be changed at first login.",
    "I've set her password to {v} so she can get in before clinic opens.",
    "Use {v} as the password for the guest wifi in the lobby.",
    "Credentials for the fax server: admin / {v}",
    "Your temporary password: {v}",
    "Hola Ana, la contraseña temporal es {v}",
    "Bonjour, votre mot de passe provisoire : {v}",
    "Das neue Passwort lautet {v} (bitte nach dem ersten Login ändern).",
    "Oi Bruno, a senha do portal é {v}",
]
NAMES = ["Dr. Okafor", "the front desk", "Nurse Patel", "the night shift"]

JSON = [
    # A Zendesk webhook's own shape (authentication.data).
    lambda f, v: json.dumps({"webhook": {"name": "Refill bot", "endpoint": "https://refill.example/zd",
                                         "http_method": "POST", "request_format": "json",
                                         "authentication": {"type": "bearer_token", "add_position": "header",
                                                            "data": {"token": v}}}}),
    lambda f, v: json.dumps({"ticket": {"id": 90211, "subject": "Integration down",
                                        "comment": {"body": "config attached", "public": False}},
                             "config": {f: v}}, indent=2),
    lambda f, v: json.dumps([{"name": f, "value": v}, {"name": "timeout", "value": "30"}]),
    lambda f, v: "POST /hooks/zendesk 200 body=" + json.dumps({"event": "ticket.created", "meta": {f: v}}),
    lambda f, v: json.dumps({"text": "New urgent ticket", "channel": "#clinic-ops", f: v}),
]
# JSON shapes a value of this type is not the "token" of (the bearer
# shape above fits tokens and keys, not URLs, passwords or commands).
PREFIXLESS = {"vonage-api-secret", "messagebird-access-key"}
URLISH = {"slack-webhook-url", "teams-webhook-url", "power-automate-workflow-url",
          "discord-webhook-url", "url-query-token", "database-uri", "url-basic-auth",
          "curl-user-password", "basic-auth-header", "private-key"}


def vectors(seed="zdaudit-heldout-2026-12", per=24):
    """-> list of (type, context, text, value)"""
    d = Draw(seed)
    out = []
    for t in types():
        for k in range(per):
            v = t["gen"](d)
            ctx = ("written", "prose", "json")[k % 3]
            shown = t["shown"](d, v) if t["shown"] else v
            f = d.pick(t["fields"])
            if ctx == "written":
                if t["written"]:
                    text = t["written"](d, v)
                elif t["shown"]:
                    text = shown
                else:   # a key without a prefix is never bare: nothing says what it is
                    forms = ["%s", "%s=%%s" % f.upper(), "%s: %%s" % f,
                             "%s = \"%%s\"" % f, "export %s=%%s" % f.upper(),
                             "<add key=\"%s\" value=\"%%s\" />" % f]
                    text = d.pick(forms[1:] if t["name"] in PREFIXLESS else forms) % v
            elif ctx == "prose":
                if t["name"] == "password":
                    text = d.pick(PROSE_PASSWORD).replace("Dr. Lee", d.pick(NAMES + ["Dr. Lee"]))
                else:
                    text = d.pick(PROSE)
                what = d.pick(t["what"])
                text = (text.replace("{What}", what[0].upper() + what[1:])
                        .replace("{what}", what).replace("{v}", shown))
            else:
                shapes = JSON if t["name"] not in URLISH else JSON[1:]
                text = d.pick(shapes)(f, shown)
            if v not in text:   # escaped inside JSON: a PEM's newlines
                v = json.dumps(v)[1:-1]
            if v not in text:
                continue
            out.append((t["name"], ctx, text, v))
    return out


def _fake_integrity(d):
    return "sha512-" + b64(d.raw(64))


def negatives(seed="zdaudit-heldout-neg-2026-12"):
    """Known non-secrets: placeholders, documentation samples, lockfile and
    content hashes, UUIDs and ids, keys with a wrong or short prefix,
    sequential strings, and sentences about passwords that hold none."""
    d = Draw(seed)
    n = [
        # placeholders and templates
        "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
        "api_key: <YOUR_API_KEY>", "password: ${DB_PASSWORD}", "token = '{{ settings.token }}'",
        "Authorization: Bearer YOUR_ACCESS_TOKEN", "export OPENAI_API_KEY=sk-...",
        "SENDGRID_API_KEY=SG.your-key-here", "Twilio auth token: [your auth token]",
        "client_secret=REPLACE_ME", "<password>********</password>", "<add key=\"ApiKey\" value=\"\" />",
        "<input type=\"password\" name=\"pw\" placeholder=\"Password\">",
        "<input type=\"password\" id=\"pass\" value=\"\" autocomplete=\"current-password\">",
        "MAILGUN_API_KEY=key-<your-mailgun-key>", "STRIPE_SECRET_KEY=sk_live_<redacted>",
        "webhook: https://discord.com/api/webhooks/<id>/<token>",
        "https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>",
        "hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB",
        "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/",
        "curl -u {email_address}/token:{api_token} https://{subdomain}.zendesk.com/api/v2/users.json",
        "curl --user \"$API_USER:$API_PASS\" https://api.example.com",
        "<add key=\"SmtpPassword\" value=\"%SMTP_PASSWORD%\" />",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}",
        # documentation samples
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE",
        "aws_secret_access_key=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "Example: AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        "password: Password123", "Default password is 'password'.", "Use changeme as a placeholder.",
        # lockfile and content hashes
        "\"integrity\": \"%s\"" % _fake_integrity(d),
        "checksum = \"%s\"" % d.chars(HEX, 64),
        "github.com/stretchr/testify v1.8.4 h1:%s=" % b64(d.raw(32)).rstrip("="),
        "--hash=sha256:%s" % d.chars(HEX, 64),
        "\"shasum\": \"%s\"" % d.chars(HEX, 40),
        "content-hash = \"%s\"" % d.chars(HEX, 64),
        "ETag: \"%s\"" % d.chars(HEX, 32),
        "sha256: %s" % d.chars(HEX, 64),
        "Merged %s into release/4.2" % d.chars(HEX, 40),
        "resolved \"https://registry.yarnpkg.com/react/-/react-18.2.0.tgz#%s\"" % d.chars(HEX, 40),
        # UUIDs and identifiers that are not secret
        "X-Request-Id: %s" % uuid(d), "tenant_id=%s" % uuid(d), "client_id: %s" % uuid(d),
        "Correlation ID %s, please quote it when you call." % uuid(d),
        "ticket_uuid: %s" % uuid(d), "\"external_id\": \"%s\"" % uuid(d),
        "AccountSid: AC + 32 hex characters identifies the account",
        "Trace %s" % d.chars(HEX, 32),
        # wrong or short prefixes
        "sk-ant-api03-tooshort", "ghp_abc123", "xoxb-not-a-token", "AKIA1234", "SG.abc.def",
        "glpat-short", "AIzaShort", "npm_install", "shpat_notHex_zzzz", "key-value store settings",
        "SKU SKAB12-77 is back in stock", "ACME-2231 order confirmed",
        "pypi-token-docs", "whsec_test", "ya29.short",
        # sequential or repeated strings
        "api_key=abcdefghijklmnopqrstuvwxyz123456", "token: 1234567890abcdef1234567890abcdef",
        "secret: AAAAAAAAAAAAAAAAAAAAAAAA", "client_secret=0123456789ABCDEF0123456789ABCDEF",
        "password=abcd1234", "X-Api-Key: 00000000000000000000000000000000",
        # prose about passwords and tokens that holds none
        "Reset your password in Settings > Security.", "Password is required.",
        "Your password must be at least 12 characters long.",
        "Forgot your password? Click 'Reset password' on the sign-in page.",
        "The API token is generated in Admin Center under Apps and integrations.",
        "Enter your token in the field labelled Token and click Save.",
        "Password-protected PDF attached; the password was sent by text.",
        "Please use password manager to store shared logins.",
        "The password for the portal is in 1Password under 'Lab portal'.",
        "Passwords are case-sensitive.", "The password was changed on 2024-03-01 by IT.",
        "Please use password reset instead of calling the help desk.",
        "temp password sent to the patient by SMS, not by e-mail",
        "The password is the same as the one for the old portal.",
        "pw: see vault", "Credentials: ask IT", "password: (sent separately)",
        "Restablezca su contraseña en Configuración.", "Mot de passe oublié ?",
        "Das Passwort ist erforderlich.", "A senha é obrigatória.",
        "token expired, please re-authenticate", "secret_key_base is generated at deploy",
        "The webhook URL is hooks.slack.com/services/... (ask Jamie for the rest)",
        "Our Teams channel webhook lives under webhook.office.com, see the runbook.",
        "Discord webhooks are discord.com/api/webhooks/{id}/{token}.",
        "Basic auth is disabled; use OAuth.", "Bearer tokens expire after an hour.",
        "key: patient_portal_enabled", "auth: required", "password_min_length: 12",
        "<password-policy min=\"12\"/>", "<input type=\"password\" name=\"new_password\">",
    ]
    return n
