# SPDX-License-Identifier: MIT
# cred_heldout2.py — the SECOND held-out credential set of
# bench/scan-accuracy (issue #20). Written on 2026-12-04 before any
# tuning of that session and committed on its own, because the first
# held-out set (cred_heldout.py) had been looked at while fixing misses
# and is no longer unseen. Never tune against this file: a miss here is
# fixed for its class (a format, a phrasing) with vectors of the tuned
# set (cred_vectors.py), and this file is then re-run as it is.
#
# Apart from the other two sets on purpose:
#   - its own value source: one SHAKE-256 stream (an XOF) read as bytes,
#     not Python's Mersenne twister (cred_vectors) nor SHA-256 in counter
#     mode (cred_heldout);
#   - its own contexts, each a family of phrasings the other sets do not
#     use: chat messages, ticket comments and macro text ("prose"); .env
#     and shell lines, YAML, curl commands and markdown code blocks
#     ("written"); JSON configs and webhook/API bodies ("json"). The
#     context of a vector is "class/family" (e.g. "prose/chat");
#     bench/scan-accuracy prints recall per class and per family;
#   - its own non-secrets: documentation samples other than the ones the
#     detectors know by name, public (publishable) keys, content hashes
#     and digests in new places, identifiers, redactions, and sentences
#     about credentials that hold none.
# Every type the issue lists is here, with values generated in the
# vendor's published format (formats are facts from vendor docs and
# public scanners' rule sets; the values are random and fake).
# Gold spans are the credential: the whole URL for webhook, signed and
# userinfo URLs, user:password for curl -u, the base64 for Basic, the
# password for a connection string's Password=, the private key of a
# service-account JSON.
import base64
import binascii
import hashlib
import json

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGIT = "0123456789"
B62 = UPPER + LOWER + DIGIT
B64U = B62 + "-_"
B64S = B62 + "+/"
HEXD = "0123456789abcdef"
B32A = UPPER + "234567"


class Xof:
    """Bytes of SHAKE-256(seed), read in order (blocks of 64 KiB, then the
    next block from the seed and its number)."""

    def __init__(self, seed):
        self.seed = seed.encode()
        self.block = 0
        self.data = b""
        self.at = 0

    def _b(self):
        if self.at == len(self.data):
            self.data = hashlib.shake_256(self.seed + b"/" + str(self.block).encode()).digest(65536)
            self.block += 1
            self.at = 0
        self.at += 1
        return self.data[self.at - 1]

    def int(self, k):
        """Uniform in [0, k), k < 2**24, rejecting the biased top."""
        top = (1 << 24) - (1 << 24) % k
        while True:
            x = self._b() << 16 | self._b() << 8 | self._b()
            if x < top:
                return x % k

    def one(self, seq):
        return seq[self.int(len(seq))]

    def span(self, lo, hi):
        return lo + self.int(hi - lo + 1)

    def text(self, alphabet, n):
        return "".join(alphabet[self.int(len(alphabet))] for _ in range(n))

    def blob(self, n):
        return bytes(self._b() for _ in range(n))


def mix(x, n, alphabet=B62):
    """n characters of 'alphabet' with an upper, a lower and a digit (what
    generated keys have at these lengths)."""
    while True:
        s = x.text(alphabet, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def guid(x):
    h = x.text(HEXD, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], x.one("89ab"), h[17:20], h[20:])


def base62(n, width):
    a = DIGIT + UPPER + LOWER
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = a[k] + s
    return s.rjust(width, "0")


def checksummed(x, prefix):
    """GitHub/npm: 30 random base62 + base62(CRC-32 of them), 6 wide."""
    r = x.text(B62, 30)
    return prefix + r + base62(binascii.crc32(r.encode()), 6)


def b64(raw):
    return base64.b64encode(raw).decode()


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def secret_word(x):
    """A password a person chose or was given."""
    k = x.int(7)
    seasons = ["Autumn", "Summer", "Harvest", "Sunrise", "Gateway", "Welcome"]
    things = ["otter", "cobalt", "thistle", "granite", "pepper", "willow", "falcon", "mosaic"]
    if k == 0:
        return x.one(seasons) + x.one(["@", "#", "!"]) + str(x.span(2020, 2027))
    if k == 1:
        return x.one(things).capitalize() + str(x.span(10, 99)) + x.one(things).capitalize() + x.one("!?$")
    if k == 2:
        return mix(x, x.span(10, 16), B62 + "!@#$%&*-_+")
    if k == 3:
        return "%s.%s.%s%d" % (x.one(things), x.one(things), x.one(things), x.span(1, 9))
    if k == 4:
        return x.text(UPPER, 1) + x.text(LOWER, 5) + x.text(DIGIT, 4) + x.one("#&")
    if k == 5:
        return mix(x, 12) + x.one("!$")
    return x.one(things) + "_" + x.text(DIGIT, 3) + x.text(UPPER, 2)


def jwt(x):
    head = b64u(json.dumps({"typ": "JWT", "alg": x.one(["RS256", "HS512", "ES384"]), "kid": x.text(HEXD, 8)}).encode())
    claims = b64u(json.dumps({"aud": "zendesk-sync", "sub": x.text(DIGIT, 9), "iat": 1764000000 + x.int(900000),
                              "scope": "tickets:read"}).encode())
    return "%s.%s.%s" % (head, claims, b64u(x.blob(x.one([32, 64, 96]))))


def pem(x, label=None):
    label = label or x.one(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                            "ENCRYPTED PRIVATE KEY"])
    body = b64(x.blob(x.one([150, 220, 330])))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(rows), label)


class T:
    """One credential type: how values are made, how people name it, and
    (optionally) how each family of contexts writes it."""

    def __init__(self, name, gen, said, env, keys, form=None, hdr=None):
        self.name, self.gen, self.said, self.env, self.keys = name, gen, said, env, keys
        self.form = form or {}   # family -> f(x, v) -> text (overrides)
        self.hdr = hdr           # HTTP header it travels in, if it does


def types():
    L = []

    def add(*a, **k):
        L.append(T(*a, **k))

    # ---- webhook and signed URLs -------------------------------------
    def slack_url(x):
        if x.int(5) == 0:
            u = "hooks.slack.com/triggers/T%s/%s/%s" % (x.text(UPPER + DIGIT, 10), x.text(DIGIT, 13), x.text(HEXD, 32))
        else:
            u = "hooks.slack.com/services/T%s/B%s/%s" % (x.text(UPPER + DIGIT, x.one([8, 10, 11])),
                                                         x.text(UPPER + DIGIT, x.one([8, 10, 11])), mix(x, 24))
        return u if x.int(4) == 0 else "https://" + u
    urlish = dict(curl=lambda x, v: x.one([
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Queue over SLA\"}' %s",
        "curl -s -d @payload.json %s",
        "curl --request POST --url %s --header 'content-type: application/json'"]) % v)
    add("slack-webhook-url", slack_url, ["Slack incoming webhook", "webhook for #front-desk", "Slack hook"],
        ["SLACK_WEBHOOK", "SLACK_HOOK_URL"], ["slackWebhookUrl", "webhook_url", "hook"], form=urlish)

    def teams_url(x):
        k = x.int(6)
        if k == 0:   # the connector URL of before 2021, still in old triggers
            return "https://outlook.office.com/webhook/%s@%s/IncomingWebhook/%s/%s" % (
                guid(x), guid(x), x.text(HEXD, 32), guid(x))
        u = "%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            x.one(["mercyhealth", "northpeds", "lakeshoredental", "sunridgeclinic"]), guid(x), guid(x),
            x.text(HEXD, 32), guid(x))
        if k < 3:
            u += "/V2" + mix(x, 43, B64U)
        return u if k == 5 else "https://" + u
    add("teams-webhook-url", teams_url, ["Teams webhook", "Teams incoming webhook URL", "connector URL for the Ops channel"],
        ["TEAMS_WEBHOOK_URL", "MS_TEAMS_HOOK"], ["teamsWebhook", "teams_url", "connector"], form=urlish)

    def flow_url(x):
        if x.int(2):
            return ("https://prod-%02d.%s.logic.azure.com/workflows/%s/triggers/manual/paths/invoke"
                    "?api-version=2016-10-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
                        x.span(0, 99), x.one(["eastus", "canadacentral", "australiaeast"]), x.text(HEXD, 32),
                        mix(x, 43, B64U)))
        return ("https://%s.%s.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/%s"
                "/triggers/manual/paths/invoke?api-version=1&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
                    x.text(HEXD, 32), x.text(DIGIT, 2), x.text(HEXD, 32), mix(x, 43, B64U)))
    add("power-automate-workflow-url", flow_url, ["Power Automate flow trigger", "HTTP request URL of the flow",
                                                  "Logic Apps endpoint"],
        ["FLOW_TRIGGER_URL", "LOGICAPP_URL"], ["flowUrl", "http_trigger", "invoke_url"], form=urlish)

    def discord_url(x):
        u = "%s/api/webhooks/%s/%s" % (x.one(["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"]),
                                       x.one("123") + x.text(DIGIT, x.one([17, 18])), mix(x, 68, B64U))
        return u if x.int(4) == 0 else "https://" + u
    add("discord-webhook-url", discord_url, ["Discord webhook", "status-channel webhook on Discord"],
        ["DISCORD_WEBHOOK_URL", "DISCORD_HOOK"], ["discordWebhook", "webhook"], form=urlish)

    def signed_url(x):
        k = x.int(4)
        host = x.one(["exports.pacs-vendor.example", "api.fax-gateway.example.net", "media.telehealth.example.com"])
        if k == 0:
            return "https://%s/v3/download?file=visit-%s.pdf&token=%s" % (host, x.text(DIGIT, 6), mix(x, 40, B64U))
        if k == 1:
            return "https://%s/ical/%s.ics?key=%s" % (host, x.text(DIGIT, 5), mix(x, 32))
        if k == 2:
            return ("https://%s.s3.amazonaws.com/scans/%s.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                    "AKIA%s%%2F20261203%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261203T101500Z"
                    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
                        x.one(["clinic-intake", "zd-attachments"]), x.text(DIGIT, 8), x.text(B32A, 16), x.text(HEXD, 64)))
        return "https://%s/hook?client=zendesk&auth=%s&sig=%s" % (host, mix(x, 24), x.text(HEXD, 40))
    add("url-query-token", signed_url, ["download link", "pre-signed link", "calendar feed URL"],
        ["EXPORT_URL", "FEED_URL"], ["downloadUrl", "feed", "link"], form=urlish)

    # ---- messaging vendors --------------------------------------------
    add("twilio-api-key", lambda x: "SK" + x.text(HEXD, 32), ["Twilio API key", "Twilio key SID"],
        ["TWILIO_API_KEY", "TWILIO_KEY_SID"], ["twilioApiKey", "api_key_sid"])

    def twilio_pair(x, v):
        return x.one(["TWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN=%s",
                      "twilio:\n  account_sid: AC%s\n  auth_token: %s",
                      "AC%s / %s"]) % (x.text(HEXD, 32), v)
    add("twilio-auth-token", lambda x: x.text(HEXD, 32), ["Twilio auth token", "auth token for our Twilio account",
                                                          "Twilio token"],
        ["TWILIO_AUTH_TOKEN", "TWILIO_TOKEN"], ["twilioAuthToken", "auth_token"],
        form=dict(env=twilio_pair, yaml=twilio_pair,
                  curl=lambda x, v: "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json "
                                    "--data-urlencode 'To=+15005550006' -u AC%s:%s" % ((x.text(HEXD, 32),) * 2 + (v,))))
    add("sendgrid-api-key", lambda x: "SG.%s.%s" % (mix(x, 22, B64U), mix(x, 43, B64U)),
        ["SendGrid key", "SendGrid API key (mail send)"], ["SENDGRID_API_KEY", "SG_KEY"], ["sendgridKey", "sendgrid_api_key"],
        hdr="Authorization: Bearer")
    add("mailgun-api-key", lambda x: x.one(["key-" + x.text(HEXD, 32),
                                            "%s-%s-%s" % (x.text(HEXD, 32), x.text(HEXD, 8), x.text(HEXD, 8))]),
        ["Mailgun API key", "Mailgun sending key", "private API key from Mailgun"],
        ["MAILGUN_API_KEY", "MAILGUN_KEY"], ["mailgunApiKey", "mailgun_key"],
        form=dict(curl=lambda x, v: "curl -s --user 'api:%s' https://api.mailgun.net/v3/mg.clinic.example/messages "
                                    "-F from='Clinic <noreply@mg.clinic.example>'" % v))
    add("vonage-api-secret", lambda x: mix(x, 16), ["Vonage API secret", "Vonage secret", "Nexmo API secret"],
        ["VONAGE_API_SECRET", "NEXMO_API_SECRET"], ["vonageApiSecret", "nexmo_secret"])
    add("messagebird-access-key", lambda x: mix(x, 25), ["MessageBird access key", "MessageBird live API key"],
        ["MESSAGEBIRD_ACCESS_KEY", "MESSAGEBIRD_API_KEY"], ["messagebirdKey", "messagebird_access_key"],
        hdr="Authorization: AccessKey")

    # ---- cloud and IT --------------------------------------------------
    add("aws-access-key-id", lambda x: x.one(["AKIA", "AKIA", "ASIA", "ABIA", "ACCA"]) + x.text(B32A, 16),
        ["AWS access key ID", "access key of the IAM user", "AWS key"], ["AWS_ACCESS_KEY_ID", "AWS_KEY_ID"],
        ["awsAccessKeyId", "access_key_id"])

    def aws_pair(x, v):
        return x.one(["AWS_ACCESS_KEY_ID=AKIA%s\nAWS_SECRET_ACCESS_KEY=%s",
                      "aws:\n  access_key: AKIA%s\n  secret_key: %s",
                      "aws configure set aws_access_key_id AKIA%s && aws configure set aws_secret_access_key %s"]) % (
            x.text(B32A, 16), v)
    add("aws-secret-access-key", lambda x: mix(x, 40, B64S), ["AWS secret access key", "secret key for the S3 bucket",
                                                             "AWS secret"],
        ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"], ["awsSecretAccessKey", "secret_access_key"],
        form=dict(env=aws_pair, yaml=aws_pair, curl=aws_pair))

    def bedrock(x):
        if x.int(3) == 0:
            return "bedrock-api-key-" + b64(("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA%s"
                                             "&X-Amz-Signature=%s" % (x.text(B32A, 16), x.text(HEXD, 64))).encode())
        return "ABSK" + b64(("BedrockAPIKey-%s-at-%s:%s" % (x.text(LOWER + DIGIT, 4), x.text(DIGIT, 12), mix(x, 40, B64S))).encode())
    add("aws-bedrock-api-key", bedrock, ["Bedrock API key", "Amazon Bedrock key"],
        ["AWS_BEARER_TOKEN_BEDROCK", "BEDROCK_API_KEY"], ["bedrockApiKey", "bedrock_key"], hdr="Authorization: Bearer")
    add("azure-ad-client-secret", lambda x: x.text(B62, 3) + x.one(DIGIT) + "Q~" + mix(x, x.one([31, 34]), B62 + "_-.~"),
        ["Entra ID client secret", "app registration secret", "Azure client secret"],
        ["AZURE_CLIENT_SECRET", "ENTRA_CLIENT_SECRET"], ["clientSecret", "azure_client_secret"])

    def conn(x, v):
        return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            x.one(["faxarchive", "zdexports", "intakeforms"]), v)
    add("azure-storage-account-key", lambda x: b64(x.blob(64)), ["storage account key", "Azure Storage access key",
                                                                "key1 of the blob storage account"],
        ["AZURE_STORAGE_KEY", "STORAGE_ACCOUNT_KEY"], ["storageAccountKey", "account_key"],
        form=dict(env=lambda x, v: "AZURE_STORAGE_CONNECTION_STRING=\"%s\"" % conn(x, v),
                  markdown=lambda x, v: "```\n%s\n```" % conn(x, v),
                  curl=lambda x, v: "az storage blob list --account-name faxarchive --account-key %s -c inbound" % v))

    def sas(x):
        q = "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-%02d-%02dT00:00:00Z&st=2026-01-01T00:00:00Z" \
            "&spr=https&sig=%s" % (x.span(1, 12), x.span(1, 28), mix(x, 43, B64S).replace("+", "%2B").replace("/", "%2F") + "%3D")
        if x.int(2):
            return "https://%s.blob.core.windows.net/%s?%s" % (x.one(["faxarchive", "zdexports"]),
                                                               x.one(["inbound", "scans"]), q)
        return "?" + q if x.int(2) else q
    add("azure-sas-token", sas, ["SAS token", "shared access signature for the container", "SAS URL"],
        ["AZURE_SAS", "BLOB_SAS_URL"], ["sasToken", "sas_url"])
    add("gitlab-token", lambda x: x.one(["glpat-", "glpat-", "gldt-", "glrt-", "gloas-", "glcbt-"]) + mix(x, 20, B64U),
        ["GitLab token", "GitLab project access token"], ["GITLAB_TOKEN", "CI_DEPLOY_TOKEN"],
        ["gitlabToken", "private_token"], hdr="PRIVATE-TOKEN:")
    add("atlassian-api-token", lambda x: "ATATT3xFfGF0" + mix(x, 170, B64U) + "=" + x.text("0123456789ABCDEF", 8),
        ["Atlassian API token", "Jira Cloud token", "Confluence API token"], ["ATLASSIAN_API_TOKEN", "JIRA_API_TOKEN"],
        ["jiraToken", "atlassian_token"])
    add("npm-token", lambda x: checksummed(x, "npm_"), ["npm automation token", "npm access token"],
        ["NPM_TOKEN", "NODE_AUTH_TOKEN"], ["npmToken", "npm_auth_token"],
        form=dict(env=lambda x, v: "//registry.npmjs.org/:_authToken=%s" % v))
    add("pypi-token", lambda x: "pypi-AgEIcHlwaS5vcmc" + mix(x, x.span(140, 180), B64U), ["PyPI token", "PyPI upload token"],
        ["PYPI_API_TOKEN", "TWINE_PASSWORD"], ["pypiToken", "pypi_password"])
    add("shopify-token", lambda x: x.one(["shpat_", "shpca_", "shppa_", "shpss_"]) + x.text(HEXD, 32),
        ["Shopify Admin API token", "Shopify access token", "Shopify shared secret"],
        ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_SECRET"], ["shopifyToken", "shopify_access_token"],
        hdr="X-Shopify-Access-Token:")
    add("slack-app-token", lambda x: "xapp-1-A%s-%s-%s" % (x.text(UPPER + DIGIT, 10), x.text(DIGIT, 13), x.text(HEXD, 64)),
        ["Slack app-level token", "Socket Mode token for the Slack app"], ["SLACK_APP_TOKEN", "SLACK_SOCKET_TOKEN"],
        ["appToken", "slack_app_token"])

    def slack_tok(x):
        k = x.int(4)
        if k == 0:
            return "xoxp-%s-%s-%s-%s" % (x.text(DIGIT, 12), x.text(DIGIT, 12), x.text(DIGIT, 13), x.text(HEXD, 32))
        if k == 1:
            return "xoxe.xoxp-1-%s" % mix(x, 150, B64U)
        return "xoxb-%s-%s-%s" % (x.text(DIGIT, 12), x.text(DIGIT, 13), mix(x, 24))
    add("slack-token", slack_tok, ["Slack bot token", "Slack OAuth token", "bot user token for Slack"],
        ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], ["slackToken", "bot_token"], hdr="Authorization: Bearer")
    add("okta-api-token", lambda x: "00" + mix(x, 40, B64U), ["Okta API token", "Okta token", "API token from the Okta admin console"],
        ["OKTA_API_TOKEN", "OKTA_TOKEN"], ["oktaApiToken", "okta_token"], hdr="Authorization: SSWS")
    add("discord-bot-token", lambda x: "%s.%s.%s" % (b64(("1" + x.text(DIGIT, 18)).encode()).rstrip("="), mix(x, 6, B64U),
                                                     mix(x, 38, B64U)),
        ["Discord bot token", "bot token for the Discord server"], ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"],
        ["discordToken", "bot_token"], hdr="Authorization: Bot")
    add("telegram-bot-token", lambda x: "%s:AA%s" % (x.one("5678") + x.text(DIGIT, 9), mix(x, 33, B64U)),
        ["Telegram bot token", "token BotFather gave us"], ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], ["telegramToken", "bot_token"],
        form=dict(curl=lambda x, v: "curl \"https://api.telegram.org/bot%s/sendMessage?chat_id=-100%s&text=hi\"" % (
            v, x.text(DIGIT, 10))))
    add("google-oauth-client-secret", lambda x: "GOCSPX-" + mix(x, 28, B64U), ["Google OAuth client secret",
                                                                             "client secret of the Google app"],
        ["GOOGLE_CLIENT_SECRET", "GOOGLE_OAUTH_SECRET"], ["clientSecret", "google_client_secret"])
    add("google-api-key", lambda x: "AIza" + mix(x, 35, B64U), ["Google API key", "Maps Platform key", "Places API key"],
        ["GOOGLE_API_KEY", "GOOGLE_MAPS_KEY"], ["googleApiKey", "maps_api_key"], hdr="X-Goog-Api-Key:")
    add("google-oauth-access-token", lambda x: "ya29.a0" + mix(x, x.span(120, 200), B64U),
        ["Google access token", "OAuth access token from Google"], ["GOOGLE_ACCESS_TOKEN", "GCP_TOKEN"],
        ["accessToken", "google_token"], hdr="Authorization: Bearer")

    def service_account(x, v):
        return json.dumps({"type": "service_account", "project_id": x.one(["clinic-intake-prod", "zd-bridge"]),
                           "private_key_id": x.text(HEXD, 40), "private_key": v,
                           "client_email": "zd-sync@clinic-intake-prod.iam.gserviceaccount.com",
                           "client_id": x.text(DIGIT, 21), "token_uri": "https://oauth2.googleapis.com/token"},
                          indent=x.one([None, 2]))
    sa_form = dict((f, service_account) for f in ("chat", "comment", "macro", "env", "yaml", "curl", "markdown",
                                                  "config", "webhook"))
    sa_form["chat"] = lambda x, v: "here's the service account json for the BigQuery export, don't forward pls\n" + \
        service_account(x, v)
    sa_form["comment"] = lambda x, v: "Internal note: the customer attached their GCP key file inline:\n\n" + \
        service_account(x, v) + "\n\nAsked them to revoke it."
    sa_form["macro"] = lambda x, v: "Step 2 - paste the credentials below into Settings > Export:\n" + \
        service_account(x, v)
    sa_form["markdown"] = lambda x, v: "```json\n" + service_account(x, v) + "\n```"
    sa_form["yaml"] = lambda x, v: "gcp:\n  credentials_json: '" + service_account(x, v).replace("\n", " ") + "'"
    sa_form["env"] = lambda x, v: "GOOGLE_CREDENTIALS='" + service_account(x, v).replace("\n", " ") + "'"
    sa_form["curl"] = lambda x, v: "curl -X POST -H 'Content-Type: application/json' -d '" + \
        service_account(x, v).replace("\n", " ") + "' https://bridge.clinic.example/gcp"
    add("google-service-account", lambda x: pem(x, "PRIVATE KEY"), ["service account key"], ["GOOGLE_CREDENTIALS"],
        ["credentials"], form=sa_form)

    def zd_written(x, v):
        return "curl -u %s/token:%s https://%s.zendesk.com/api/v2/macros.json" % (
            x.one(["agent@sunridge.example", "it.ops@mercy.example"]), v, x.one(["mercyhealth", "sunridge"]))
    add("zendesk-api-token", lambda x: mix(x, 40), ["Zendesk API token", "API token", "token from Admin Center > Apps and integrations"],
        ["ZENDESK_API_TOKEN", "ZD_API_TOKEN"], ["zendeskApiToken", "api_token"], form=dict(curl=zd_written))
    add("github-token", lambda x: x.one([lambda: checksummed(x, x.one(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])),
                                         lambda: "github_pat_11%s_%s" % (x.text(UPPER + DIGIT, 20), mix(x, 59))])(),
        ["GitHub token", "GitHub PAT", "fine-grained token for the repo"], ["GITHUB_TOKEN", "GH_PAT"],
        ["githubToken", "gh_token"], hdr="Authorization: token")
    add("stripe-secret-key", lambda x: x.one(["sk_live_", "rk_live_", "sk_live_51"]) + mix(x, x.one([24, 32, 99])),
        ["Stripe secret key", "Stripe restricted key", "live Stripe key"], ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
        ["stripeSecretKey", "stripe_key"], hdr="Authorization: Bearer")
    add("stripe-webhook-secret", lambda x: "whsec_" + mix(x, 32), ["Stripe webhook signing secret", "signing secret of the Stripe endpoint"],
        ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET"], ["webhookSecret", "endpoint_secret"])
    add("openai-api-key", lambda x: x.one([lambda: "sk-proj-" + mix(x, 156, B64U),
                                           lambda: "sk-svcacct-" + mix(x, 150, B64U),
                                           lambda: "sk-admin-" + mix(x, 100, B64U),
                                           lambda: "sk-" + mix(x, 20) + "T3BlbkFJ" + mix(x, 20)])(),
        ["OpenAI API key", "OpenAI key for the reply assistant"], ["OPENAI_API_KEY", "OPENAI_KEY"],
        ["openaiApiKey", "openai_key"], hdr="Authorization: Bearer")
    add("anthropic-api-key", lambda x: x.one(["sk-ant-api03-", "sk-ant-admin01-"]) + mix(x, 93, B64U) + "AA",
        ["Anthropic API key", "Claude key"], ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], ["anthropicApiKey", "anthropic_key"],
        hdr="x-api-key:")
    add("jwt", jwt, ["JWT", "bearer JWT", "ID token from the SSO login"], ["JWT", "ID_TOKEN"], ["idToken", "jwt"],
        hdr="Authorization: Bearer")

    def pem_yaml(x, v):
        return "tls:\n  key: |\n" + "\n".join("    " + ln for ln in v.split("\n"))
    add("private-key", pem, ["private key", "SSH private key", "TLS key"], ["PRIVATE_KEY", "SSH_KEY"],
        ["privateKey", "ssh_key"],
        form=dict(yaml=pem_yaml, env=lambda x, v: "SFTP_KEY=\"%s\"" % v,
                  curl=lambda x, v: "cat > ~/.ssh/id_partner <<'EOF'\n%s\nEOF" % v,
                  markdown=lambda x, v: "```\n%s\n```" % v))

    # ---- connection strings and commands --------------------------------
    def db_uri(x):
        k = x.int(7)
        pw = mix(x, x.span(12, 20))
        if k == 0:
            return "postgres://%s:%s@%s:5432/%s?sslmode=require" % (x.one(["zd_etl", "metabase"]), pw,
                                                                    x.one(["pg.prod.clinic.internal", "10.40.2.9"]), "reporting")
        if k == 1:
            return "mongodb+srv://%s:%s@intake.%s.mongodb.net/forms?retryWrites=true&w=majority" % (
                x.one(["formsapp", "svc"]), pw, x.text(LOWER + DIGIT, 5))
        if k == 2:
            return "mysql://%s:%s@mysql.%s.example:3306/ehr_bridge" % (x.one(["bridge", "root"]), secret_word(x),
                                                                       x.one(["clinic", "hosting"]))
        if k == 3:
            return "rediss://default:%s@cache-%s.redis.example.com:6380" % (pw, x.text(DIGIT, 4))
        if k == 4:
            return "amqps://%s:%s@rabbit.clinic.example:5671/%%2F" % (x.one(["hl7", "queue"]), pw)
        if k == 5:
            return "mongodb://%s:%s@10.0.%d.%d:27017/admin" % (x.one(["admin", "backup"]), pw, x.span(0, 9), x.span(2, 250))
        return "postgresql+psycopg2://%s:%s@db.clinic.example/appointments" % (x.one(["sched", "app"]), pw)
    add("database-uri", db_uri, ["database URL", "connection URI for the reporting replica", "Mongo connection string"],
        ["DATABASE_URL", "MONGO_URI"], ["databaseUrl", "db_url"], form=dict(curl=lambda x, v: "psql \"%s\" -c 'select 1'" % v
                                                                               if v.startswith("postgres") else
                                                                               "mongosh \"%s\"" % v if v.startswith("mongo") else
                                                                               "redis-cli -u %s ping" % v))

    def odbc(x, v):
        return x.one([
            "Server=tcp:%s.database.windows.net,1433;Initial Catalog=ehr;User ID=%s;Password=%s;Encrypt=True;",
            "Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=billing;Uid=%s;Pwd=%s;",
            "Data Source=%s;Initial Catalog=Scheduling;User Id=%s;Password=%s;TrustServerCertificate=True"]) % (
            x.one(["sqlclinic01", "10.2.0.15", "billing-sql"]), x.one(["zd_reader", "sa", "report_svc"]), v)
    add("connection-string-password", secret_word, ["connection string", "SQL Server connection string"],
        ["SQL_CONNECTION", "ConnectionStrings__Default"], ["connectionString", "DefaultConnection"],
        form=dict(chat=lambda x, v: "the conn string is " + odbc(x, v) + " if you need it",
                  comment=lambda x, v: "Customer's IT sent the connection string for the interface engine: " + odbc(x, v),
                  macro=lambda x, v: "Use this connection string in the report tool: " + odbc(x, v),
                  env=lambda x, v: "ConnectionStrings__Default=\"%s\"" % odbc(x, v),
                  yaml=lambda x, v: "database:\n  connection: \"%s\"" % odbc(x, v),
                  curl=lambda x, v: "sqlcmd -S tcp:sqlclinic01 -d ehr -U zd_reader -P '%s' -Q \"select 1\"" % v,
                  markdown=lambda x, v: "```\n%s\n```" % odbc(x, v),
                  config=lambda x, v: json.dumps({"ConnectionStrings": {"DefaultConnection": odbc(x, v)}}, indent=2),
                  webhook=lambda x, v: json.dumps({"event": "config.updated", "data": {"connectionString": odbc(x, v)}})))

    def userinfo_url(x):
        return "%s://%s:%s@%s" % (x.one(["https", "https", "ftp", "sftp"]), x.one(["zdpush", "faxbot", "intake"]),
                                  mix(x, x.span(10, 16)) if x.int(2) else secret_word(x),
                                  x.one(["partner-emr.example.com/api/inbound", "files.lab.example.net/upload",
                                         "203.0.113.24/hl7"]))
    add("url-basic-auth", userinfo_url, ["target URL", "endpoint with the login in it", "upload URL"],
        ["TARGET_URL", "UPLOAD_URL"], ["targetUrl", "endpoint"], form=urlish)

    def curl_u(x, v):
        return x.one(["curl -u %s https://emr-bridge.example/api/v2/patients?updated_since=2026-11-01",
                      "curl --user '%s' -X PUT https://fax.vendor.example/v1/numbers/4412",
                      "curl -k -u \"%s\" https://203.0.113.40:8443/status",
                      "curl -X POST https://lab.partner.example/orders -u %s -d @order.json"]) % v
    add("curl-user-password", lambda x: "%s:%s" % (x.one(["svc_intake", "labs", "ops@mercy.example", "admin"]), secret_word(x)),
        ["curl command", "test call"], ["CMD"], ["command"],
        form=dict(chat=lambda x, v: "try this and tell me what you get: " + curl_u(x, v),
                  comment=lambda x, v: "Reproduced with " + curl_u(x, v) + " - returns 502.",
                  macro=lambda x, v: "To test the connection, run: " + curl_u(x, v),
                  env=lambda x, v: "HEALTHCHECK_CMD=\"" + curl_u(x, v).replace('"', "'") + "\"",
                  yaml=lambda x, v: "healthcheck:\n  test: [\"CMD-SHELL\", \"" + curl_u(x, v).replace('"', "'") + "\"]",
                  curl=curl_u, markdown=lambda x, v: "```bash\n" + curl_u(x, v) + "\n```",
                  config=lambda x, v: json.dumps({"scripts": {"ping": curl_u(x, v)}}, indent=2),
                  webhook=lambda x, v: json.dumps({"job": "monitor", "run": curl_u(x, v)})))

    def basic_hdr(x, v):
        return x.one(["Authorization: Basic %s", "authorization: Basic %s", "Authorization:Basic %s"]) % v
    add("basic-auth-header", lambda x: b64(("%s:%s" % (x.one(["hl7in", "faxsvc", "zd-bridge"]), secret_word(x))).encode()),
        ["Basic auth header", "Authorization header"], ["AUTH_HEADER"], ["authorization"],
        form=dict(chat=lambda x, v: "header they want is " + basic_hdr(x, v),
                  comment=lambda x, v: "Vendor says every request must carry " + basic_hdr(x, v) + " or it is refused.",
                  macro=lambda x, v: "Add this header to the target: " + basic_hdr(x, v),
                  env=lambda x, v: "PARTNER_AUTH=\"Basic %s\"" % v,
                  yaml=lambda x, v: "headers:\n  Authorization: Basic %s" % v,
                  curl=lambda x, v: "curl -H '%s' https://partner.example/api" % basic_hdr(x, v),
                  markdown=lambda x, v: "```http\nGET /api/results HTTP/1.1\nHost: lab.example\n%s\n```" % basic_hdr(x, v),
                  config=lambda x, v: json.dumps({"headers": {"Authorization": "Basic " + v}}),
                  webhook=lambda x, v: json.dumps({"request": {"method": "POST", "headers": [
                      {"name": "Authorization", "value": "Basic " + v}]}})))

    def bearer(x):
        return x.one([lambda: mix(x, x.span(32, 64), B64U), lambda: x.text(HEXD, 8) + mix(x, 40),
                      lambda: mix(x, 48, B62 + ".~_-")])()
    add("bearer-token", bearer, ["bearer token", "access token for the partner API", "token for the lab API"],
        ["PARTNER_TOKEN", "API_BEARER"], ["bearerToken", "access_token"], hdr="Authorization: Bearer")

    # ---- generic assignments and passwords -------------------------------
    add("password", secret_word, ["password", "login", "temporary password"], ["DB_PASSWORD", "SMTP_PASS"],
        ["password", "passwd"])
    add("secret-assignment", lambda x: mix(x, x.span(20, 44), B62 + "-_"),
        ["shared secret", "HMAC secret", "signing key", "credentials"],
        ["APP_SECRET", "SESSION_SIGNING_KEY", "SOME_API_TOKEN_2"],
        ["creds", "credentials", "user_auth", "private-key", "mySecretString", "some_api_token_123", "hmacKey",
         "authSecret"])
    return L


# ---- contexts --------------------------------------------------------------
# prose families: {w} is how the type is called, {v} the value.
CHAT = [
    "@dana {w} -> {v}",
    "ok here it is {v} ({w})",
    "lmk if this {w} works: {v}",
    "{w}?? I think it's {v} but not sure",
    "dm'ing is down so pasting here, {w} {v} - delete after",
    "new {w} is {v} fyi",
    "can u try {v}? that's the {w} from last week",
    "{v} <- {w}, ty!",
]
COMMENT = [
    "Private note: caller confirmed the {w} on file is {v}. Escalating to Tier 2.",
    "Per the vendor's email (see attachment), the {w} for the integration was reset to {v} this morning.",
    "Customer pasted their {w} into the public reply ({v}); I have asked them to regenerate it.",
    "Spoke with IT. They generated a new {w}:\n{v}\nThey will update the sync job tonight.",
    "Issue persists. The {w} we have ({v}) returns 401 Unauthorized since the upgrade.",
    "Agent note - {w} provided by practice manager: {v}",
    "Setting up the fax integration for the Elm St office. {w}: {v}. Waiting on the port request.",
    "Internal: do not share with the patient. The {w} is {v}",
]
MACRO = [
    "Hi {{{{ticket.requester.first_name}}}}, your {w} is {v}. Please keep it somewhere safe.",
    "[Macro: Integration setup] In the Connection tab, enter the {w} {v} and click Save.",
    "Thanks for your patience! We've updated the {w} on our end to {v}; no action is needed.",
    "Macro - Tier 2 handoff: {w} = {v} (from the vault entry 'Reminders vendor')",
    "Hello,\n\nAs discussed, here are the details you need:\n{W}: {v}\n\nKind regards,\nSupport",
    "Step 3 of 4: paste {v} as the {w} and restart the service.",
    "Good news - the {w} was regenerated ({v}). Reply to this ticket if the sync still fails.",
    "For the go-live checklist: {w} -> {v}",
]
PASSWORD_CHAT = [
    "user is mkhan, pass {v}",
    "login for the kiosk: frontdesk / {v}",
    "pw for the wifi is {v}",
    "reset it, new pass: {v}",
    "try {v} (temp pw)",
    "creds: reception01 {v}",
    "the password should be {v} unless someone changed it",
    "u: nightshift p: {v}",
]
PASSWORD_COMMENT = [
    "Reset the portal account for Dr. Alvarez; temporary password {v} (expires in 24 h).",
    "Called the clinic back. Their admin login is admin with password {v}.",
    "The practice manager asked us to set the password to {v} so she can log in tomorrow.",
    "Account unlocked. I changed the password to {v} and sent it by phone.",
    "Password for the shared inbox: {v}",
    "Per IT, the fax portal login is faxadmin and the pw is {v}.",
    "New hire (RN, nights). Username jlee, initial password: {v}",
    "She'll log in with {v} as her password, then change it.",
]
PASSWORD_MACRO = [
    "Hi {{{{ticket.requester.first_name}}}}, we've reset your password. Your temporary password is {v}",
    "Your account is ready. Username: your e-mail address. Password: {v}",
    "We have set a one-time password for you: {v}. You will be asked to choose a new one.",
    "Temporary login details - password {v} - valid for 48 hours.",
    "Your new patient portal password is {v}. Do not share it with anyone.",
    "Use the password {v} to open the attached PDF.",
    "Please sign in with the temporary password below:\n\n{v}\n\nThen choose your own.",
    "Bonjour, votre nouveau mot de passe est {v}",
]

YAML_FORMS = [
    "{k}: {v}",
    "{k}: \"{v}\"",
    "integrations:\n  vendor:\n    {k}: '{v}'",
    "env:\n  {E}: {v}",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: zd-bridge\nstringData:\n  {k}: {v}",
    "- name: {E}\n  value: \"{v}\"",
]
ENV_FORMS = [
    "{E}={v}",
    "export {E}=\"{v}\"",
    "docker run -e {E}={v} clinic/zd-bridge:3.1",
    "APP_ENV=production\n{E}={v}\nLOG_LEVEL=info",
    "heroku config:set {E}={v} -a zd-bridge",
    "set {E}={v}",
]
MARKDOWN_FORMS = [
    "```\n{E}={v}\n```",
    "```yaml\n{k}: {v}\n```",
    "Config that works for me:\n\n```ini\n[vendor]\n{k} = {v}\n```",
    "Set `{E}` to `{v}` in the settings page.",
    "    {k} = \"{v}\"",
    "| setting | value |\n|---|---|\n| {k} | {v} |",
]
CURL_HDR = [
    "curl -H \"{h} {v}\" https://api.partner.example/v2/messages",
    "curl -s https://api.partner.example/v1/status -H '{h} {v}'",
    "curl --header \"{h} {v}\" -X POST https://api.partner.example/v1/send -d @msg.json",
]
CURL_DATA = [
    "curl -X POST https://api.partner.example/v1/auth -d '{{\"{k}\": \"{v}\"}}'",
    "curl https://api.partner.example/v1/token -d {k}={v}",
    "curl -X POST https://api.partner.example/v1/connect --data-urlencode \"{k}={v}\"",
]


def config_json(x, t, v, k):
    return x.one([
        lambda: json.dumps({k: v}),
        lambda: json.dumps({"Integrations": {"Vendor": {k: v, "TimeoutSeconds": 30}}}, indent=2),
        lambda: json.dumps({"name": "Reminders", "settings": {"enabled": True, k: v}}, indent=4),
        lambda: json.dumps({"id": "env-prod", "values": [{"key": k, "value": v, "enabled": True}]}),
        lambda: json.dumps({"variable": {k: {"default": v}}}, indent=2),
        lambda: json.dumps([{"ParameterKey": k, "ParameterValue": v}]),
    ])()


def webhook_json(x, t, v, k):
    return x.one([
        lambda: json.dumps({"ticket_id": "{{ticket.id}}", "status": "{{ticket.status}}", k: v}),
        lambda: json.dumps({"webhook": {"name": "EMR bridge", "endpoint": "https://bridge.clinic.example/zd",
                                        "http_method": "POST", "request_format": "json", "status": "active",
                                        "custom_headers": {"X-Bridge-Key": v}}}),
        lambda: json.dumps({"trigger": {"title": "Notify on-call", "actions": [
            {"field": "notification_webhook", "value": ["01HX%s" % x.text(B32A, 22),
                                                        json.dumps({"text": "{{ticket.title}}", k: v})]}]}}),
        lambda: json.dumps({"event": "integration.connected", "payload": {"vendor": t.said[0], "credentials": {k: v}}}),
        lambda: json.dumps({"type": "message", "attachments": [{"contentType": "text/plain", "content": v}],
                            "summary": t.said[0]}),
        lambda: json.dumps({"target": {"type": "http_target", "title": "Lab feed", "method": "post",
                                       "content_type": "application/json", k: v}}),
    ])()


def webhook_url_json(x, t, v, k):
    return x.one([
        lambda: json.dumps({"webhook": {"name": "Chat alert", "endpoint": v, "http_method": "POST",
                                        "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"]}}),
        lambda: json.dumps({"target": {"type": "url_target_v2", "title": "Ops channel", "target_url": v,
                                       "method": "post", "content_type": "application/json"}}),
        lambda: json.dumps({"trigger": {"title": "Page on-call", "actions": [{"field": "notification_target",
                                                                            "value": [v, "{{ticket.id}}"]}]}}),
        lambda: json.dumps({"event": "delivery_failed", "detail": {"url": v, "status": 410}}),
    ])()


URL_TYPES = {"slack-webhook-url", "teams-webhook-url", "power-automate-workflow-url", "discord-webhook-url",
             "url-query-token", "database-uri", "url-basic-auth", "azure-sas-token"}
FAMILIES = [("prose", "chat"), ("prose", "comment"), ("prose", "macro"),
            ("written", "env"), ("written", "yaml"), ("written", "curl"), ("written", "markdown"),
            ("json", "config"), ("json", "webhook")]


def render(x, t, fam, v):
    k, E, w = x.one(t.keys), x.one(t.env), x.one(t.said)
    if fam in t.form:
        return t.form[fam](x, v)
    if fam in ("chat", "comment", "macro"):
        if t.name == "password":
            pool = {"chat": PASSWORD_CHAT, "comment": PASSWORD_COMMENT, "macro": PASSWORD_MACRO}[fam]
        else:
            pool = {"chat": CHAT, "comment": COMMENT, "macro": MACRO}[fam]
        return x.one(pool).format(w=w, W=w[0].upper() + w[1:], v=v)
    if fam == "env":
        return x.one(ENV_FORMS).format(E=E, v=v)
    if fam == "yaml":
        return x.one(YAML_FORMS).format(k=k, E=E, v=v)
    if fam == "markdown":
        return x.one(MARKDOWN_FORMS).format(k=k, E=E, v=v)
    if fam == "curl":
        if t.hdr and x.int(3):
            return x.one(CURL_HDR).format(h=t.hdr, v=v)
        if t.name in URL_TYPES:
            return "curl -s \"%s\"" % v
        return x.one(CURL_DATA).format(k=k, v=v)
    if fam == "config":
        return config_json(x, t, v, k)
    return (webhook_url_json if t.name in URL_TYPES else webhook_json)(x, t, v, k)


def vectors(seed="zdaudit-heldout2-2026-12-04", per_family=4):
    """-> [(type, "class/family", text, gold)]: per type, per_family
    vectors in each prose family (12 in prose), and per_family in the
    written and JSON families (16 written, 8 JSON)."""
    x = Xof(seed)
    out = []
    for t in types():
        for cls, fam in FAMILIES:
            for _ in range(per_family):
                v = t.gen(x)
                text = render(x, t, fam, v)
                gold = v
                if gold not in text:
                    gold = json.dumps(v)[1:-1]          # escaped in JSON (a PEM's newlines)
                if gold not in text and "\n" in v:     # indented in YAML
                    gold = "\n".join(("    " + ln) if i else ln for i, ln in enumerate(v.split("\n")))
                if gold not in text:
                    gold = json.dumps(json.dumps(v)[1:-1])[1:-1]   # JSON inside a JSON string
                if gold not in text:
                    raise ValueError("%s/%s: value not in its text" % (t.name, fam))
                out.append((t.name, "%s/%s" % (cls, fam), text, gold))
    return out


def negatives(seed="zdaudit-heldout2-neg-2026-12-04"):
    """Known non-secrets this set's authors expect help desks to hold."""
    x = Xof(seed)
    n = [
        # documentation samples and placeholders (not the ones the other sets list)
        "Stripe's docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example.",
        "TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "TWILIO_AUTH_TOKEN=your_auth_token",
        "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "OPENAI_API_KEY=\"sk-proj-...\"",
        "ANTHROPIC_API_KEY=sk-ant-xxxx",
        "\"apiKey\": \"<insert key here>\"",
        "password: <%= ENV['DB_PASSWORD'] %>",
        "secret: {{ .Values.secret }}",
        "token: !vault |",
        "client_secret: $(CLIENT_SECRET)",
        "AZURE_CLIENT_SECRET=<client-secret-value>",
        "Authorization: Basic <base64(username:password)>",
        "Authorization: Bearer <token>",
        "curl -u 'USERNAME:PASSWORD' https://api.example.com/v1/items",
        "curl -u $ZENDESK_EMAIL/token:$ZENDESK_TOKEN https://$SUBDOMAIN.zendesk.com/api/v2/tickets.json",
        "postgres://user:password@localhost:5432/mydb",
        "mongodb://admin:<password>@localhost:27017",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "https://outlook.office.com/webhook/...",
        "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
        "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;",
        "AccountKey=[your storage account key]",
        "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "the JWT from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "password = \"********\"", "api_key: \"[REDACTED]\"", "token: ***redacted***", "secret=<hidden>",
        "Password: (see LastPass)", "PWD=`pwd`", "cd $PWD/build",
        # public keys and identifiers that are meant to be shared
        "Stripe publishable key: pk_live_%s" % mix(x, 24),
        "STRIPE_PUBLISHABLE_KEY=pk_test_%s" % mix(x, 24),
        "reCAPTCHA site key 6Lc%s" % mix(x, 37, B64U),
        "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % b64(x.blob(90)),
        "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % b64(x.blob(120)),
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s it@clinic" % b64(x.blob(32))[:43],
        "Google Analytics: G-%s" % x.text(UPPER + DIGIT, 10),
        "client_id=%s.apps.googleusercontent.com" % (x.text(DIGIT, 12) + "-" + x.text(LOWER + DIGIT, 32)),
        "AZURE_TENANT_ID=%s" % guid(x), "AZURE_CLIENT_ID=%s" % guid(x),
        "Twilio phone number +1 555 0100 (SMS reminders)",
        "Account SID is shown on the Twilio console dashboard.",
        "app_id: A0%s" % x.text(UPPER + DIGIT, 9),
        "Zendesk webhook id 01HX%s" % x.text(B32A, 22),
        "installation_id: %s" % x.text(DIGIT, 8),
        # hashes and digests in places the other sets do not use
        "<script src=\"/app.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % b64(x.blob(48)),
        "image: clinic/zd-bridge@sha256:%s" % x.text(HEXD, 64),
        "Fixed in https://github.com/clinic/zd-bridge/commit/%s" % x.text(HEXD, 40),
        "Host key fingerprint SHA256:%s" % b64(x.blob(32)).rstrip("="),
        "MD5 (export.csv) = %s" % x.text(HEXD, 32),
        "x-amz-content-sha256: %s" % x.text(HEXD, 64),
        "Content-MD5: %s" % b64(x.blob(16)),
        "\"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\", \"integrity\": \"sha512-%s\"" % b64(x.blob(64)),
        "packages/x/y.whl#sha256=%s" % x.text(HEXD, 64),
        "git rev-parse HEAD -> %s" % x.text(HEXD, 40),
        "build %s (%s)" % (x.text(HEXD, 7), x.text(HEXD, 40)),
        "PGP fingerprint: %s" % " ".join(x.text("0123456789ABCDEF", 4) for _ in range(10)),
        "data:image/png;base64,%s" % b64(x.blob(60)),
        "ETag: W/\"%s\"" % x.text(HEXD, 32),
        "cache-buster /assets/app.%s.js?v=%s" % (x.text(HEXD, 20), x.text(HEXD, 8)),
        "Request-Id: req_%s" % mix(x, 14),
        "X-Zendesk-Request-Id: %s" % x.text(HEXD, 16),
        "traceparent: 00-%s-%s-01" % (x.text(HEXD, 32), x.text(HEXD, 16)),
        "session id %s" % guid(x),
        "https://clinic.zendesk.com/hc/en-us/articles/%s-Reset-your-password" % x.text(DIGIT, 13),
        "https://clinic.example/login?redirect_to=%%2Fportal%%2Fappointments&utm_source=email&utm_campaign=%s" % x.text(LOWER, 8),
        "https://maps.example.com/?q=clinic&page=2&per_page=100",
        "https://portal.example/reset?step=verify&lang=en",
        # keys with the wrong shape for their vendor
        "sk_live_ is the prefix of Stripe live keys", "SG. followed by the key id", "AKIA followed by 16 characters",
        "xapp-1 tokens are app-level tokens", "glpat- tokens expire after a year", "key-value pairs",
        "ghp_ tokens are classic personal access tokens", "npm_ tokens can be read-only",
        "SKU-88231 restocked", "ACH transfer reference AC-2231-771", "the Q~ in the secret is normal",
        # prose about credentials that holds none
        "I've reset the API token; please generate a new one in Admin Center.",
        "Your password has expired. Choose a new one at the next sign-in.",
        "The token field on the integration page is empty, that's why it fails.",
        "The secret to faster replies is a good macro library.",
        "Passwords must contain 12 characters, a number and a symbol.",
        "Please never send your password by e-mail or chat.",
        "We use Okta for single sign-on; agents log in with their Okta account.",
        "The Slack webhook was deleted when the channel was archived.",
        "Twilio auth tokens can be rotated from the console under Account > API keys & tokens.",
        "The API key is stored in Azure Key Vault, not in the app settings.",
        "Key rotation happens every 90 days for the SendGrid keys.",
        "Make sure the AWS access key belongs to the export user, not root.",
        "Your temporary password will be sent in a separate message.",
        "The password is case-sensitive and was sent to your mobile.",
        "Did you try the password reset link in the e-mail?",
        "login: jsmith (password unchanged)",
        "password reset requested by patient, identity verified via DOB",
        "Authorization failed: invalid token signature",
        "error: secret \"zd-bridge\" not found",
        "kubectl create secret generic zd-bridge --from-file=./creds.json",
        "The credentials are in the shared vault under 'Lab interface'.",
        "bearer_token: false", "auth: oauth2", "password_required: true", "token_ttl: 3600",
        "secret_name: zd-bridge-prod", "api_key_header: X-Api-Key", "passwordPolicy: strong",
        "auth_method: basic", "credentials_provider: aws-sso",
        "Macro: 'To reset your password, click Forgot password on the sign-in page.'",
        "Hola, puede restablecer su contraseña desde el portal.",
        "Hi {{ticket.requester.first_name}}, your password reset link is {{password_reset_url}}",
        "{{dc.password_instructions}}",
    ]
    return n
