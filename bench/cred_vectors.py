# SPDX-License-Identifier: MIT
# cred_vectors.py — the credential set of bench/scan-accuracy: for each
# kind of credential a help desk meets, generated values (fixed seed; the
# formats are the vendors' published ones, the values random and fake),
# each tried three ways: as written (the bare value or the config line it
# comes in), inside a help-desk sentence, and inside a webhook/JSON body;
# plus known non-secrets (placeholders, documentation samples, hashes,
# identifiers, wrong vendor prefixes) that must stay quiet.
#
# Gold spans are the credential itself (the whole URL for webhook and
# connection URLs, user:password for curl -u, the base64 for Basic).
import base64
import binascii
import json
import random
import string

B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"
HEXL = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62_encode(v, width):
    d = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = ""
    while v:
        out = d[v % 62] + out
        v //= 62
    return out.rjust(width, "0")


def crc_token(rng, prefix):
    body = rs(rng, B62, 30)
    return prefix + body + b62_encode(binascii.crc32(body.encode()), 6)


def guid(rng):
    h = rs(rng, HEXL, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mixed(rng, n, alphabet=B62):
    """A value with at least one lower, upper and digit."""
    while True:
        v = rs(rng, alphabet, n)
        if (any(c.islower() for c in v) and any(c.isupper() for c in v)
                and any(c.isdigit() for c in v)):
            return v


def password(rng):
    words = ["Maple", "River", "Tiger", "Copper", "Falcon", "Harbor",
             "Summit", "Violet", "Cedar", "Orbit"]
    return rng.choice([
        lambda: rng.choice(words) + str(rng.randint(10, 9999)) + rng.choice("!#$%&*?@"),
        lambda: mixed(rng, rng.randint(10, 16), B62 + "!#%&*-_"),
        lambda: rng.choice(words).lower() + rng.choice("!#$@") + rng.choice(words) + str(rng.randint(1, 99)),
        lambda: "".join(rng.choice(B62) for _ in range(3)) + rng.choice("!$%") + mixed(rng, 8),
    ])()


# Each type: name, generator -> value, the vendor/what words used in
# sentences, the JSON field name, and how it is written.
def types():
    T = []

    def add(name, gen, what, field, written=None, embed=None):
        T.append({"name": name, "gen": gen, "what": what, "field": field,
                  "written": written, "embed": embed})

    add("slack-webhook-url", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, string.ascii_uppercase + string.digits, r.choice([8, 10])),
        rs(r, string.ascii_uppercase + string.digits, r.choice([8, 10])), mixed(r, 24)),
        "Slack webhook URL", "url")
    add("teams-webhook-url", lambda r: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        r.choice(["contoso", "clinicgroup", "northside"]), guid(r), guid(r),
        rs(r, HEXL, 32), guid(r)), "Teams incoming webhook", "webhook_url")
    add("power-automate-workflow-url", lambda r: (
        "https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
        "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
            r.randint(1, 99), r.choice(["westus", "eastus2", "northeurope"]),
            rs(r, HEXL, 32), mixed(r, 43, B64URL))), "Power Automate flow URL", "endpoint")
    add("discord-webhook-url", lambda r: "https://discord.com/api/webhooks/%d/%s" % (
        r.randint(10**17, 10**19), mixed(r, 68, B64URL)), "Discord webhook", "url")
    add("url-query-token", lambda r: "https://%s/%s?%s=%s" % (
        r.choice(["api.labpartner.example", "reports.vendor.example.com", "files.example.net"]),
        r.choice(["v1/export", "download", "feed/ical"]),
        r.choice(["token", "access_token", "key", "api_key", "sig"]), mixed(r, r.randint(24, 40))),
        "link with the token in it", "callback_url")
    add("twilio-api-key", lambda r: "SK" + rs(r, HEXL, 32), "Twilio API key", "twilio_api_key")
    add("twilio-auth-token", lambda r: mixed(r, 32, HEXL) if False else rs(r, HEXL, 32),
        "Twilio auth token", "twilio_auth_token",
        written=lambda r, v: "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN=%s" % (rs(r, HEXL, 32), v))
    add("sendgrid-api-key", lambda r: "SG.%s.%s" % (mixed(r, 22, B64URL), mixed(r, 43, B64URL)),
        "SendGrid API key", "sendgrid_api_key")
    add("mailgun-api-key", lambda r: r.choice([
        lambda: "key-" + rs(r, string.ascii_lowercase + string.digits, 32),
        lambda: "%s-%s-%s" % (rs(r, HEXL, 32), rs(r, HEXL, 8), rs(r, HEXL, 8))])(),
        "Mailgun API key", "mailgun_api_key",
        written=lambda r, v: v if v.startswith("key-") else "MAILGUN_API_KEY=" + v)
    add("vonage-api-secret", lambda r: mixed(r, 16), "Vonage API secret", "vonage_api_secret",
        written=lambda r, v: "VONAGE_API_KEY=%s\nVONAGE_API_SECRET=%s" % (rs(r, HEXL, 8), v))
    add("messagebird-access-key", lambda r: mixed(r, 25), "MessageBird access key",
        "messagebird_access_key", written=lambda r, v: "MESSAGEBIRD_ACCESS_KEY=" + v)
    add("aws-access-key-id", lambda r: r.choice(["AKIA", "ASIA", "ABIA", "ACCA"]) + rs(r, B32, 16),
        "AWS access key id", "aws_access_key_id")
    add("aws-secret-access-key", lambda r: mixed(r, 40, B62 + "+/"), "AWS secret access key",
        "aws_secret_access_key",
        written=lambda r, v: "aws_access_key_id = AKIA%s\naws_secret_access_key = %s" % (rs(r, B32, 16), v))
    add("aws-bedrock-api-key", lambda r: "ABSK" + base64.b64encode(
        ("BedrockAPIKey-%s-at-%d:%s" % (rs(r, HEXL, 4), r.randint(10**11, 10**12), mixed(r, 40))).encode()).decode(),
        "Bedrock API key", "bedrock_api_key")
    add("azure-ad-client-secret", lambda r: rs(r, B62, 3) + r.choice(string.digits) + "Q~" +
        mixed(r, 33, B62 + "_-.~") + rs(r, B62, 1), "Azure client secret", "client_secret")
    add("azure-storage-account-key", lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
        "storage account key", "storage_key",
        written=lambda r, v: "DefaultEndpointsProtocol=https;AccountName=clinicdocs;AccountKey=%s;EndpointSuffix=core.windows.net" % v)
    add("gitlab-token", lambda r: r.choice(["glpat-", "gldt-", "glptt-", "glrt-"]) + mixed(r, 20, B64URL),
        "GitLab token", "gitlab_token")
    add("atlassian-api-token", lambda r: "ATATT3xFfGF0" + mixed(r, 170, B64URL) + "=" + rs(r, "0123456789ABCDEF", 8),
        "Jira API token", "jira_api_token")
    add("npm-token", lambda r: crc_token(r, "npm_"), "npm token", "npm_token")
    add("pypi-token", lambda r: "pypi-AgEIcHlwaS5vcmc" + mixed(r, 140, B64URL), "PyPI upload token", "pypi_token")
    add("shopify-token", lambda r: r.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + rs(r, HEXL, 32),
        "Shopify admin token", "shopify_token")
    add("slack-app-token", lambda r: "xapp-1-A%s-%d-%s" % (
        rs(r, string.ascii_uppercase + string.digits, 10), r.randint(10**12, 10**13), rs(r, HEXL, 64)),
        "Slack app-level token", "slack_app_token")
    add("slack-bot-token", lambda r: "xoxb-%d-%d-%s" % (r.randint(10**11, 10**12), r.randint(10**11, 10**12), mixed(r, 24)),
        "Slack bot token", "slack_bot_token")
    add("okta-api-token", lambda r: "00" + mixed(r, 40, B64URL), "Okta API token", "okta_api_token",
        written=lambda r, v: r.choice(["Authorization: SSWS " + v, "OKTA_API_TOKEN=" + v]))
    add("discord-bot-token", lambda r: "%s.%s.%s" % (
        base64.b64encode(str(r.randint(10**17, 10**18)).encode()).decode().rstrip("="),
        mixed(r, 6, B64URL), mixed(r, 38, B64URL)), "Discord bot token", "discord_bot_token",
        written=lambda r, v: "DISCORD_BOT_TOKEN=" + v)
    add("telegram-bot-token", lambda r: "%d:AA%s" % (r.randint(10**8, 10**10 - 1), mixed(r, 33, B64URL)),
        "Telegram bot token", "telegram_bot_token")
    add("google-oauth-client-secret", lambda r: "GOCSPX-" + mixed(r, 28, B64URL), "Google OAuth client secret",
        "client_secret")
    add("google-service-account", lambda r: rs(r, HEXL, 40), "service-account private_key_id", "private_key_id",
        written=lambda r, v: '{"type": "service_account", "project_id": "clinic-portal", "private_key_id": "%s", '
                             '"client_email": "sync@clinic-portal.iam.gserviceaccount.com"}' % v)
    add("google-api-key", lambda r: "AIza" + mixed(r, 35, B64URL), "Google Maps API key", "google_api_key")
    add("zendesk-api-token", lambda r: mixed(r, 40), "API token", "api_token",
        written=lambda r, v: r.choice(["ZENDESK_API_TOKEN=" + v, "agent@clinic.example/token:" + v]))
    add("github-token", lambda r: crc_token(r, r.choice(["ghp_", "gho_", "ghs_"])), "GitHub token", "github_token")
    add("stripe-secret-key", lambda r: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + mixed(r, 24), "Stripe secret key",
        "stripe_secret_key")
    add("openai-api-key", lambda r: "sk-proj-" + mixed(r, 48, B64URL), "OpenAI API key", "openai_api_key")
    add("anthropic-api-key", lambda r: "sk-ant-api03-" + mixed(r, 93, B64URL) + "AA", "Anthropic API key",
        "anthropic_api_key")
    add("database-uri", lambda r: "%s://%s:%s@%s:%d/%s" % (
        r.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis"]),
        r.choice(["app", "reporting", "zd_sync", "admin"]), mixed(r, r.randint(10, 18)),
        r.choice(["db.clinic.internal", "10.0.4.12", "cluster0.ab1cd.mongodb.net"]),
        r.choice([5432, 3306, 27017, 6379]), r.choice(["patients", "reports", "app"])),
        "database connection string", "database_url")
    add("url-basic-auth", lambda r: "https://%s:%s@%s/%s" % (
        r.choice(["webhook", "zdsync", "svc-portal"]), mixed(r, r.randint(10, 16)),
        r.choice(["hooks.partner.example", "intake.clinic.example.org"]), r.choice(["notify", "api/events"])),
        "endpoint with credentials", "target_url")
    add("curl-user-password", lambda r: "%s:%s" % (r.choice(["admin", "svc_report", "ops@clinic.example"]), password(r)),
        "curl command", "command",
        embed=lambda r, v: r.choice(["curl -u '%s' https://api.partner.example/v1/records",
                                     "curl --user %s -X POST https://fax.vendor.example/send",
                                     "curl -s -u \"%s\" https://lab.example.com/api/results"]) % v)
    add("basic-auth-header", lambda r: base64.b64encode(("%s:%s" % (
        r.choice(["integration", "svc_fax", "reports"]), password(r))).encode()).decode(),
        "Basic auth header", "headers",
        embed=lambda r, v: r.choice(["Authorization: Basic %s", "-H 'Authorization: Basic %s'",
                                     "Basic %s"]) % v)
    add("password-assignment", password, "password", "password",
        written=lambda r, v: r.choice(["password = \"%s\"", "DB_PASSWORD=%s", "smtp_pass: '%s'",
                                       "'password' => '%s'", "<add key=\"Pwd\" value=\"x\"/> Pwd=%s;",
                                       "mySecretPassword=%s", "creds = \"%s\""]) % v)
    add("secret-assignment", lambda r: mixed(r, r.randint(20, 40)), "client secret", "client_secret",
        written=lambda r, v: r.choice(["client_secret=%s", "\"user_auth\": \"%s\"", "private-key: %s",
                                       "some_api_token_123 = %s", "mySecretString=%s", "X-Api-Key: %s"]) % v)
    return T


PROSE = [
    "Hi team, the {what} for the reminders integration is {v} - please rotate it after go-live.",
    "Can someone revoke this {what}? A patient coordinator pasted {v} into ticket #48213 by mistake.",
    "Per our call, here is the {what}: {v}\nLet me know if the sync still fails.",
    "I set up the {what} yesterday ({v}) but the appointment texts are not going out.",
    "Quick note for the night shift: use {v} as the {what} until IT replaces it.",
    "The {what} we were given was {v}; it stopped working after the migration.",
    "FYI {what} = {v} (do not share outside the team)",
    "Hello! We're moving the patient reminders to the new vendor. {What}: {v}",
    "Ticket note: customer sent their {what} ({v}) in the body of the email, redacted copy requested.",
    "Can you check why our {what} {v} gets 401s since Monday?",
    "Macro draft - do not send: 'Thanks, we updated the {what} to {v} on our side.'",
    "{v} is the {what} for staging, prod is in the vault.",
    "Escalating: the integration logs show {what} {v} in plain text.",
]
PROSE_PASSWORD = [
    "Hi Dana, the temporary password for the fax portal is {v} - please change it at first login.",
    "Your new password is {v}. You will be asked to change it.",
    "Login for the lab portal: user frontdesk, password: {v}",
    "I reset the password to {v} for now, can you confirm it works?",
    "Shared inbox login is frontdesk@clinic.example / {v}",
    "Temp password: {v} (expires Friday)",
    "Please use password {v} for the scheduling kiosk.",
    "The wifi for the waiting room is ClinicGuest and the password is {v}.",
]
JSON = [
    lambda f, v: json.dumps({"event": "ticket.updated", "ticket_id": 48213,
                             "integration": {"name": "sms-reminders", f: v}}),
    lambda f, v: json.dumps({"type": "webhook", "config": {f: v, "retries": 3}}, indent=2),
    lambda f, v: json.dumps({"message": "sync failed", "details": {"endpoint": "/v1/notify", f: v}}),
]


def vectors(seed=11, per=24):
    """-> list of (type, context, text, value)"""
    rng = random.Random(seed)
    out = []
    for t in types():
        for k in range(per):
            v = t["gen"](rng)
            ctx = ("written", "prose", "json")[k % 3]
            # A credential that only exists inside a command or header is
            # that command or header in every context.
            shown = t["embed"](rng, v) if t["embed"] else v
            if ctx == "written":
                if t["written"]:
                    text = t["written"](rng, v)
                elif t["embed"]:
                    text = shown
                else:   # bare, or in the config line it is kept in
                    f = t["field"]
                    text = rng.choice(["%s", f.upper() + "=%s", f + ": \"%s\"",
                                       "export " + f.upper() + "='%s'", "%s\n"]) % v
            elif ctx == "prose":
                pool = PROSE_PASSWORD if t["name"] in ("password-assignment",) else PROSE
                what = t["what"]
                text = (rng.choice(pool).replace("{What}", what[0].upper() + what[1:])
                        .replace("{what}", what).replace("{v}", shown))
            else:
                text = rng.choice(JSON)(t["field"], shown)
            if v not in text:
                continue
            out.append((t["name"], ctx, text, v))
    return out + class_vectors(random.Random(seed + 2)) + class_vectors3(random.Random(seed + 3))


def class_vectors(rng):
    """Vectors for the classes fixed on 2026-12-04 (each written here, in
    this set's own words, not taken from a held-out set): signed URLs with
    keys inside them, SAS tokens alone, '#' in a URL's password, JSON held
    in a JSON string, name/value pairs with longer names and YAML lists,
    Authorization schemes other than Basic/Bearer, storage keys named in
    prose or by command options, one-letter login labels, command-line
    passwords, passwords used as a token's value, markdown table rows and
    camel-case names that start with the vendor's ("discordBotToken")."""
    out = []

    def add(typ, ctx, text, v):
        out.append((typ, ctx, text, v))
    for _ in range(4):
        key = rs(rng, B32, 16)
        u = ("https://scans-%s.s3.us-west-2.amazonaws.com/fax/%d.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
             "&X-Amz-Credential=AKIA%s%%2F20261120%%2Fus-west-2%%2Fs3%%2Faws4_request&X-Amz-Expires=900"
             "&X-Amz-Signature=%s" % (rs(rng, HEXL, 6), rng.randint(1000, 9999), key, rs(rng, HEXL, 64)))
        add("url-query-token", "written", "link: " + u, u)
        u2 = "https://reports.vendor.example/get?zendesk=1&auth=%s&sig=%s" % (mixed(rng, 20), rs(rng, HEXL, 40))
        add("url-query-token", "prose", "The zendesk export link %s expires tomorrow." % u2, u2)
        sas = "sv=2021-08-06&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig=%s%%3D" % mixed(rng, 43, B62)
        add("azure-sas-token", rng.choice(["written", "prose"]),
            rng.choice(["SAS=%s", "The container SAS is ?%s for the upload.", "sas_token: \"%s\""]) % sas,
            sas)
        pw = rng.choice(["Orbit#", "Cedar?", "Maple#"]) + str(rng.randint(1000, 9999))
        u3 = "postgres://etl:%s@pg.clinic.internal:5432/reports" % pw
        add("database-uri", "written", "DATABASE_URL=" + u3, u3)
        tok = rs(rng, HEXL, 32)
        add("twilio-auth-token", "json", json.dumps({"value": json.dumps({"to": "ticket-4411", "twilio_token": tok})}), tok)
        sid = "AC" + rs(rng, HEXL, 32)
        add("twilio-auth-token", "written", "curl -X GET https://api.twilio.com/2010-04-01/Accounts.json -u %s:%s" % (sid, tok), tok)
        k = mixed(rng, 25)
        add("messagebird-access-key", "written", "Authorization: AccessKey " + k, k)
        k = mixed(rng, 30)
        add("secret-assignment", "json", json.dumps([{"OptionName": "ClientSecret", "OptionValue": k}]), k)
        pw = password(rng)
        add("password-assignment", "written", "variables:\n  - key: SMTP_PASSWORD\n    value: '%s'" % pw, pw)
        add("password-assignment", "json", json.dumps({"smtp_password": {"value": pw}}), pw)
        key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
        add("azure-storage-account-key", "prose", rng.choice([
            "The key for the fax archive blob container: %s", "%s is the primary key of the storage account.",
            "az storage container list --account-name faxes --account-key %s"]) % key, key)
        add("password-assignment", "prose", "user: reception p: %s" % pw, pw)
        add("password-assignment", "prose", "Credentials for the label printer: labeladmin / %s" % pw, pw)
        add("password-assignment", "written", rng.choice(["sqlcmd -S sql01 -U sa -P %s -d ehr", "mysql -h db -u app -p%s ehr",
                                                          "sshpass -p '%s' scp export.csv it@10.1.2.3:"]) % pw, pw)
        tok = "%s.%s.%s" % (base64.b64encode(str(rng.randint(10**17, 10**18)).encode()).decode().rstrip("="),
                            mixed(rng, 6, B64URL), mixed(rng, 38, B64URL))
        add("discord-bot-token", "written", "| name | value |\n|---|---|\n| discordBotToken | %s |" % tok, tok)
        add("password-assignment", "written", "| setting | value |\n|---|---|\n| password | %s |" % pw, pw)
        gk = "AIza" + mixed(rng, 34, B64URL) + "-"
        add("google-api-key", "prose", "The Maps key %s is in the clinic finder widget." % gk, gk)
        bh = base64.b64encode(("zdsync:%s" % password(rng)).encode()).decode()
        add("basic-auth-header", "prose", "They now expect Authorization: Basic %s." % bh, bh)
        tokpw = rng.choice(["Summit", "Harbor"]) + str(rng.randint(2020, 2029)) + rng.choice("!#$")
        add("secret-assignment", "json", json.dumps({"authentication": {"type": "bearer_token", "data": {"token": tokpw}}}), tokpw)
        # a modal verb after the word; the value on its own line after "below:"
        pw = password(rng)
        add("password-assignment", "prose", rng.choice([
            "I think the password would be %s for the kiosk.", "The front-desk password must be %s now.",
            "Wi-fi password should be %s (guest network)"]) % pw, pw)
        add("password-assignment", "prose", rng.choice([
            "Here is the kiosk password below:\n\n%s\n\nPlease keep it safe.",
            "Your one-time password below:\n%s"]) % pw, pw)
        # "pw" with its verb; a value before "as <determiner> password,"/"."
        add("password-assignment", "prose", rng.choice([
            "fyi the pw is %s for the label printer", "Kiosk pw was %s until Friday.",
            "the pw for the guest wifi is %s"]) % pw, pw)
        add("password-assignment", "prose", rng.choice([
            "He can sign in with %s as his password, then pick a new one.", "Type %s as the password."]) % pw, pw)
        # markdown inline code: the name and the value each in backticks
        k = mixed(rng, 32, B64URL)
        add("secret-assignment", "written", rng.choice(["Change `LAB_API_TOKEN` to `%s` and restart.",
                                                        "then set `client_secret` to `%s`"]) % k, k)
        add("password-assignment", "written", "Set `SMTP_PASSWORD` to `%s` on the relay." % pw, pw)
        # an opaque bearer token with '.' and '~' (RFC 6750 b64token) in a sentence
        bt = "%s.%s~%s" % (mixed(rng, 8, B64URL), mixed(rng, 12, B64URL), mixed(rng, 20, B64URL))
        add("secret-assignment", "prose", rng.choice(["Their support gave us %s as the token for the portal.",
                                                      "The token for the lab feed is %s now."]) % bt, bt)
        # a markdown table row whose first cell names a key or token
        k = rng.choice([rs(rng, HEXL, 32), mixed(rng, 28, B64URL), "~" + mixed(rng, 40, B64URL)])
        add("secret-assignment", "written", "| key | value |\n|---|---|\n| %s | %s |" % (
            rng.choice(["accessToken", "lab_feed_token", "client_secret", "sms_auth_token"]), k), k)
    return out


def class_vectors3(rng):
    """Vectors for the classes fixed in the evening round of 2026-12-04
    (helper cred3), in this set's own words: "pass" as a password's label
    in a sentence; a password's unquoted value holding or starting with
    '&' (a connection string's Password=, "new pass: …")."""
    out = []
    for _ in range(4):
        pw = password(rng)
        user = rng.choice(["reception2", "lab.intake", "nights01", "kiosk"])
        out.append(("password-assignment", "prose", rng.choice([
            "Login is %s, pass %s" % (user, pw), "%s / pass %s for the tablet" % (user, pw),
            "Front desk shared it: the new pass is %s" % pw, "temp pass %s until Monday" % pw]), pw))
        amp = rng.choice(["&", "%", "+"]) + mixed(rng, 9) + rng.choice(["&", "+", "%$"])
        out.append(("password-assignment", "written", rng.choice([
            "Data Source=sql03;Initial Catalog=intake;User Id=reports;Password=%s;" % amp,
            "smtp_pass=%s" % amp]), amp))
        amp2 = mixed(rng, 5) + "&" + mixed(rng, 6)
        out.append(("password-assignment", "prose", "Reset done, new pass: %s" % amp2, amp2))
        # a password sent as a bearer token; a label in emphasis or HTML
        bp = rng.choice(["Orbit", "Maple", "Violet"]) + rng.choice("#!%") + str(rng.randint(10, 9999))
        out.append(("secret-assignment", "json", json.dumps({"request": {"headers": {
            "Authorization": "Bearer " + bp}}}), bp))
        pw = password(rng)
        out.append(("password-assignment", "json", json.dumps({"text": rng.choice([
            "*Kiosk password*: `%s`", "**Password**: %s"]) % pw}), pw))
        out.append(("password-assignment", "json", json.dumps({"comment": {
            "html_body": "<p>Portal password:</p><p><code>%s</code></p>" % pw}}), pw))
        # a URL's password that starts with '$' or '%', or holds '&' after '#'
        upw = rng.choice(["$", "%", ""]) + mixed(rng, 6) + rng.choice(["#", "+", "!"]) + mixed(rng, 3) + \
            rng.choice(["&", "%", "$"]) + rs(rng, B62, 2)
        uu = "%s://%s:%s@%s" % (rng.choice(["sftp", "https"]), rng.choice(["labdrop", "emrpush"]), upw,
                                rng.choice(["files.lab.example.net/in", "198.51.100.7/hl7"]))
        out.append(("url-basic-auth", rng.choice(["written", "prose"]), rng.choice([
            "UPLOAD_URL=%s", "the drop box is %s since Monday"]) % uu, uu))
        # keys written alone, no vendor word near: a Mailgun 32-8-8 hex key,
        # a Discord bot token (base64 of a user id . 6 . 27-38)
        mg = "%s-%s-%s" % (rs(rng, HEXL, 32), rs(rng, HEXL, 8), rs(rng, HEXL, 8))
        out.append(("mailgun-api-key", rng.choice(["written", "prose"]), rng.choice([
            "KEY=%s", "copied from the old runbook: %s.", "try %s and tell me"]) % mg, mg))
        uid = str(rng.randint(10**17, 2 * 10**18))
        dt = "%s.%s.%s" % (base64.b64encode(uid.encode()).decode().rstrip("="), mixed(rng, 6, B64URL),
                           mixed(rng, rng.randint(27, 38), B64URL))
        out.append(("discord-bot-token", rng.choice(["written", "prose", "json"]), rng.choice([
            "TOKEN=%s", "the bot's is %s, please rotate", json.dumps({"value": "%s"})]).replace("%s", dt), dt))
    return out


# Known non-secrets: each must give no credential finding.
NEGATIVES = [
    "xoxb-Slack_BOT_TOKEN", "token: xoxb-12345-abcd234", "access_token=ACCESS_TOKEN",
    "api_key: {SumoAccessKey}", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "GitHub token: ghp_1234567890123456789012345678901234567890",
    "Stripe: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "apiKey: \"AIzaSyDOCAbC123dEf456GhI789jKl01-MnO\"",
    "\"integrity\": \"sha512-Nq0b5XfM9t3T6cLr0Q2o3d8uYdXQm6bQ2VfXw6v5WcVg0L3x7rQH1m4b0f5A9o2Yq3cJm7k8l0p1s2t3u4v5w6==\"",
    "integrity sha1-6Z4x1jzF8lY2Qm9eQ7rXkP0aB3c=",
    "resolved \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c\"",
    "Fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8 on main.",
    "Request ID: 550e8400-e29b-41d4-a716-446655440000",
    "sk-ant-this-is-not-a-key", "OpenAI style key sk-ant-api03-short",
    "Use the format ghx_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 for examples",
    "name: db-user-pass", "Password: required. Please reset your password: click the link",
    "token: {{ticket.id}}", "password={{ticket.requester.password}}",
    "Reset link: https://clinic.zendesk.com/hc/en-us/articles/360001234567?page=2&sort_by=votes",
    "https://www.example.com/newsletter?utm_source=email&utm_campaign=spring2024",
    "postgres://user:password@localhost:5432/mydb", "https://user:pass@example.com/",
    "curl -u email@example.com/token:{YOUR_API_TOKEN} https://subdomain.zendesk.com/api/v2/users.json",
    "curl -u $USER:$PASSWORD https://api.example.com",
    "Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=", "Authorization: Bearer <token>",
    "The key to faster replies is a good macro.", "Your password is the one you chose at sign-up.",
    "The API token is shown once in Admin Center.", "client_secret: ${CLIENT_SECRET}",
    "The Twilio account SID looks like ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.",
    "Set SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Order 123456789 shipped; tracking 1Z999AA10123456784.",
    "md5 checksum 5d41402abc4b2a76b9719d911017c592 matches",
    "token_type: bearer", "max_tokens: 4096", "password_reset_url: https://clinic.example/reset",
    "secret_name: prod/zendesk/api", "auth_method: oauth2", "author: Dana Whitfield",
    "key: value", "Keyboard shortcut: Ctrl+K", "The password policy requires 12 characters.",
    "Use the AccountKey= setting from the portal, not the SAS.",
    "Slack channel #support-alerts gets the webhook posts.",
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://discord.com/api/webhooks/123456789012345678/your-webhook-token",
    "OKTA_API_TOKEN=your_okta_api_token_here", "TELEGRAM_BOT_TOKEN=<bot token>",
    "export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", "NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "password: changeme", "password = \"********\"", "pwd: hunter2",
    "Article 360001234567: How to reset your password", "See SKU ABCD-1234-EFGH for the part.",
    "Version 2.14.3 released; build 20240501.1", "api_version: 2024-01-01",
    "The signature block is at the bottom of the macro.", "Q~ is not a valid search term",
    "session timeout: 30 minutes", "credit_card_last4: 4242",
    # publishable keys, a JWT library's sample, storage words without a key
    "Checkout uses pk_live_51Hx2kLmN3pQrStUvWxYz0123 on the donation page.",
    "STRIPE_PK=pk_test_9xQ2mL4nR7sT1vW3yZ5aB8cD",
    "The storage account faxarchive holds 4 TB; rotate key1 and key2 yearly.",
    "Credentials for the label printer: ask the front desk.",
    "mysql -u app -p ehr_reports", "sqlcmd -S sql01 -E -Q \"select 1\"",
    "env:\n  - name: LOG_LEVEL\n    value: debug",
    "Authorization: required for prior authorization forms",
    "token: \"Summary\"", "\"integrity\": \"sha512-%s\"" % base64.b64encode(bytes(range(64))).decode(),
    # "pass" the verb, and a query's '&' after a password parameter
    "Please pass the chart to the night nurse.", "Did she pass the CPR101 course?",
    "pass to the front desk after 5pm", "The bypass route4 is closed.",
    "https://portal.example/login?password=&user=guest",
    "Authorization: Bearer <your-token>", "the bearer of this letter is Dr. Okafor",
    "*Password*: _see the vault_", "<p>Password:</p><p><em>unchanged</em></p>",
    # shapes of keys alone that are none: a mail server, Discord's own
    # documentation token, ids of 32-4-4 hex, a base64 of words
    "The MTA server rejected the message (MTIz is the queue id).",
    "Authorization: Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",
    "Order %s-%s-%s shipped" % ("3f9a0c1e5b7d2f4a6c8e0b1d3f5a7c9e", "1a2b", "3c4d"),
    "MTIzNDU2Nzg5MDEyMzQ1Njc4.abc.short",
    # URL passwords that stand for one
    "sftp://labdrop:$LAB_PASS@files.lab.example.net/in", "ftp://u:%FTP_PASSWORD%@198.51.100.7/",
    "https://emrpush:${EMR_PASS}@emr.example/api", "ftp://u:$(cat /run/secrets/pw)@host/x",
]
