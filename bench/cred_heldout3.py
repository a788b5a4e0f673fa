# SPDX-License-Identifier: MIT
# cred_heldout3.py — the THIRD held-out credential set of bench/scan-accuracy
# (issue #20). Written on 2026-12-04 (evening, helper cred3) before any of
# that round's tuning and committed on its own: both earlier held-out sets
# had been read while fixing misses. Never tune against this file: a miss
# is fixed for its class with vectors of the tuned set (cred_vectors.py);
# this file is re-run as it is, and its misses are not read
# (bench/scan-accuracy prints per type and per family only, unless
# --show-errors heldout3 is asked for).
#
# NOT UNSEEN ANY MORE in part (review, 2026-12-04): 1e00e02 fixed classes
# whose forms exist only here, in this file's own words -- a password as
# "Authorization: Bearer <pw>" in a request log's JSON (log_json), "*<word>*:
# `<pw>`" in a chat card (card_json), "<p><Word>:</p><p><code><pw></code></p>"
# in a comment's html_body (zendesk_json) -- with vectors and test cases of
# the same shape. Its json/log, json/card and json/zendesk password figures
# (and the password type's) are no held-out measure; a fourth set is needed.
#
# Apart from the other sets on purpose:
#   - its own value source: BLAKE2b in counter mode (not the Mersenne
#     twister of cred_vectors, SHA-256 of cred_heldout, SHAKE-256 of
#     cred_heldout2); the vendor formats are cred_heldout2's generators
#     (formats are facts), drawn from this stream;
#   - its own passwords (shapes the other sets do not make: a leading
#     symbol, '%', '+', '&', '=', passphrases with '-', leetspeak, all lower
#     case with digits);
#   - its own context families: e-mail threads, SMS/phone notes and
#     forwarded vendor mails ("prose"); INI files, PowerShell/Windows
#     shells, Terraform/HCL and XML/.config files ("written"); chat cards
#     (Slack blocks, Teams cards), API request logs with headers, and
#     Zendesk ticket/comment payloads ("json").
# The context of a vector is "class/family"; scan-accuracy prints recall
# per class and per family.
import hashlib
import json

import cred_heldout2 as h2

UPPER, LOWER, DIGIT = h2.UPPER, h2.LOWER, h2.DIGIT


class Ctr(h2.Xof):
    """Bytes of BLAKE2b-512(seed || counter), read in order."""

    def _b(self):
        if self.at == len(self.data):
            self.data = b"".join(hashlib.blake2b(self.seed + b"#" + str(self.block * 1024 + i).encode()).digest()
                                 for i in range(1024))
            self.block += 1
            self.at = 0
        self.at += 1
        return self.data[self.at - 1]


def password3(x):
    k = x.int(8)
    words = ["harbor", "juniper", "basalt", "quill", "lantern", "meadow", "saffron", "ember"]
    if k == 0:
        return x.one("&%+=^~") + h2.mix(x, x.span(9, 13), h2.B62 + "%$+&")
    if k == 1:
        return "-".join(x.one(words) for _ in range(3)) + "-" + str(x.span(10, 99))
    if k == 2:
        w = x.one(words)
        return w[0].upper() + w[1:].replace("a", "@").replace("e", "3").replace("o", "0") + str(x.span(2000, 2030))
    if k == 3:
        return x.one(words) + x.one(words) + x.text(DIGIT, x.span(2, 4))
    if k == 4:
        return h2.mix(x, x.span(8, 12)) + x.one(["%", "+", "%$", "$+", "=="])
    if k == 5:
        return x.text(DIGIT, 2) + x.one(words).capitalize() + x.one("!%+&") + x.text(LOWER, 2)
    if k == 6:
        return x.one(words).upper() + x.one("_.") + x.text(DIGIT, 4) + x.one("%+&")
    return h2.mix(x, x.span(14, 20), h2.B62 + "!#$%&()*+,-./:;<=>?@[]^_{|}~")


# ---- contexts --------------------------------------------------------------
EMAIL = [
    "From: it@{org}\nSent: Tuesday\nSubject: RE: integration\n\nHi all,\n\nThe {w} you asked for is {v}\n\nBest,\nMarco",
    "Thanks for the call earlier. As promised, {w}: {v} - let me know once it's saved.",
    "---------- Forwarded message ---------\nHere is our {w}.\n{v}\nPlease keep it out of the ticket.",
    "Hello Support, our {w} changed last night, the new one is {v}. Can you update the integration?",
    "Quick one: is {v} still the right {w}? The sync broke again.",
    "Re: go-live\n> what {w} should we use?\nUse {v} for now, we'll rotate after launch.",
]
PHONE = [
    "Called back 2:15pm. Caller read out the {w}: {v}. Verified DOB before proceeding.",
    "VM from the clinic office manager, {w} is {v}, wants a call back.",
    "SMS from vendor: {w} {v}",
    "Phone note - IT contact gave {w} = {v} for the fax bridge.",
    "Text received 08:12: \"{W} {v} pls confirm\"",
    "Spoke w/ Dana at the lab; she confirmed {v} is their current {w}.",
]
VENDOR_MAIL = [
    "Welcome to the platform! Your {w} is shown once: {v}\nStore it in a safe place.",
    "Your integration is active.\n\n{W}\n{v}\n\nUse it in the Authorization header.",
    "Action required: we rotated your {w}. New value: {v}",
    "Key created for Zendesk sync ({w}). Value {v} (copy it now, it will not be shown again).",
    "Your trial account details - {w}: {v} - expires in 14 days.",
    "{W} generated on 2026-11-30 by admin: {v}",
]
PW_EMAIL = [
    "Hi Jo,\n\nYour account is set up. User: jo.reyes\nPass: {v}\n\nThanks, IT",
    "The portal login for the billing office is billing01, pass {v}",
    "Quick update: I reset the password, it's now {v} (case sensitive).",
    "Login for the lab portal\nusername: mercy-lab\npassword {v}",
    "RE: locked out - temp pass is {v}, please change it after you sign in.",
    "Sending the password separately as agreed: {v}",
]
PW_PHONE = [
    "Caller asked for a reset; new password given verbally: {v}",
    "SMS to the nurse station: pass {v} for the med room tablet",
    "VM: \"hi, it's the front desk, our password is {v}, thanks\"",
    "Phone note - set kiosk password to {v} at the manager's request.",
    "Text from Dr. Shah: pw {v}",
    "Walked the user through sign-in with the temporary password {v}.",
]
PW_VENDOR = [
    "Your administrator created an account for you.\nTemporary password: {v}\nSign in at https://portal.example/login",
    "Welcome aboard! Your initial password is {v} and must be changed at first sign-in.",
    "Password reset complete. New password: {v}",
    "Your one-time passcode password is {v}.",
    "Account details\n  Login: frontdesk2\n  Password: {v}",
    "Your Wi-Fi guest password this week: {v}",
]
INI = [
    "[integration]\n{k} = {v}\ntimeout = 30",
    "; vendor settings\n{k}={v}",
    "[default]\nregion = us-east-1\n{k} = {v}",
    "{k} = \"{v}\"",
]
POWERSHELL = [
    "$env:{E} = \"{v}\"",
    "[Environment]::SetEnvironmentVariable(\"{E}\", \"{v}\", \"Machine\")",
    "setx {E} \"{v}\"",
    "$Headers = @{{ \"{k}\" = \"{v}\" }}",
]
HCL = [
    "resource \"vendor_integration\" \"zd\" {{\n  name = \"zendesk\"\n  {k} = \"{v}\"\n}}",
    "variable \"{k}\" {{\n  default = \"{v}\"\n}}",
    "{k} = \"{v}\"",
    "provider \"vendor\" {{\n  {k}    = \"{v}\"\n  region = \"us\"\n}}",
]
XML = [
    "<appSettings>\n  <add key=\"{k}\" value=\"{v}\" />\n</appSettings>",
    "<{k}>{v}</{k}>",
    "<setting name=\"{k}\" serializeAs=\"String\">\n  <value>{v}</value>\n</setting>",
    "<property name=\"{k}\" value=\"{v}\"/>",
]


def card_json(x, t, v, k, w):
    return x.one([
        lambda: json.dumps({"blocks": [{"type": "section", "text": {"type": "mrkdwn",
                                                                  "text": "*%s*: `%s`" % (w, v)}}]}),
        lambda: json.dumps({"type": "AdaptiveCard", "version": "1.4", "body": [
            {"type": "TextBlock", "text": "%s for the new integration" % w},
            {"type": "TextBlock", "text": v, "fontType": "Monospace"}]}),
        lambda: json.dumps({"text": "New %s: %s" % (w, v), "channel": "#it-ops"}),
        lambda: json.dumps({"attachments": [{"title": w, "text": v, "color": "#36a64f"}]}),
    ])()


def log_json(x, t, v, k, w):
    hdr = (t.hdr or "Authorization: Bearer").split(":")
    if len(hdr) == 2 and hdr[1].strip():
        hname, hval = hdr[0], hdr[1].strip() + " " + v
    else:
        hname, hval = hdr[0], v
    return x.one([
        lambda: json.dumps({"level": "debug", "msg": "outbound request", "method": "POST",
                            "url": "https://api.partner.example/v1/send", "headers": {hname: hval}}),
        lambda: json.dumps({"request": {"headers": {"Content-Type": "application/json", hname: hval},
                                        "body": {"to": "+15550100"}}, "status": 401}),
        lambda: json.dumps({"ts": "2026-11-30T10:01:02Z", "event": "config_loaded", "config": {k: v}}),
        lambda: json.dumps({"integration": w, "settings": [{"name": k, "value": v}]}),
    ])()


def zendesk_json(x, t, v, k, w):
    return x.one([
        lambda: json.dumps({"ticket": {"comment": {"body": "The %s is %s" % (w, v), "public": False}}}),
        lambda: json.dumps({"ticket": {"subject": "Integration setup", "comment": {
            "html_body": "<p>%s:</p><p><code>%s</code></p>" % (w[0].upper() + w[1:], v)}}}),
        lambda: json.dumps({"macro": {"title": "Vendor setup", "actions": [
            {"field": "comment_value", "value": "Please enter %s as the %s." % (v, w)}]}}),
        lambda: json.dumps({"audit": {"events": [{"type": "Comment", "body": "%s: %s" % (w, v)}]}}),
    ])()


FAMILIES = [("prose", "email"), ("prose", "phone"), ("prose", "vendormail"),
            ("written", "ini"), ("written", "powershell"), ("written", "hcl"), ("written", "xml"),
            ("json", "card"), ("json", "log"), ("json", "zendesk")]

PW_KEYS = ["Password", "pass", "adminPwd", "smtp.pass", "user_pass", "db_passwd", "PASS"]
PW_ENV = ["PG_PASS", "ADMIN_PWD", "SMTP_PASSWORD", "MYSQL_ROOT_PASSWORD"]
# prose families that keep their own form (service-account JSON, connection
# strings, curl -u…): those types come with the sentence around them
OWN_FORM = ("google-service-account", "connection-string-password", "curl-user-password",
            "basic-auth-header", "aws-secret-access-key", "azure-storage-account-key", "twilio-auth-token")


def render(x, t, fam, v):
    pw = t.name == "password"
    k = x.one(PW_KEYS) if pw else x.one(t.keys)
    E = x.one(PW_ENV) if pw else x.one(t.env)
    w = x.one(t.said)
    W = w[0].upper() + w[1:]
    if t.name in OWN_FORM and t.form:
        base = {"email": "chat", "phone": "comment", "vendormail": "macro", "ini": "env", "powershell": "env",
                "hcl": "yaml", "xml": "markdown", "card": "webhook", "log": "config", "zendesk": "webhook"}[fam]
        if base in t.form:
            return t.form[base](x, v)
    if fam in ("email", "phone", "vendormail"):
        pool = ({"email": PW_EMAIL, "phone": PW_PHONE, "vendormail": PW_VENDOR} if pw else
                {"email": EMAIL, "phone": PHONE, "vendormail": VENDOR_MAIL})[fam]
        return x.one(pool).format(w=w, W=W, v=v, org="mercy.example")
    if fam == "ini":
        return x.one(INI).format(k=k, v=v)
    if fam == "powershell":
        return x.one(POWERSHELL).format(k=k, E=E, v=v)
    if fam == "hcl":
        return x.one(HCL).format(k=k.replace(".", "_").replace("-", "_"), v=v)
    if fam == "xml":
        return x.one(XML).format(k=k.replace(".", "_"), v=v)
    if fam == "card":
        return card_json(x, t, v, k, w)
    if fam == "log":
        return log_json(x, t, v, k, w)
    return zendesk_json(x, t, v, k, w)


def vectors(seed="zdaudit-heldout3-2026-12-04-evening", per_family=3):
    """-> [(type, "class/family", text, gold)]: per type, per_family vectors
    in each of the ten families (9 prose, 12 written, 9 JSON)."""
    x = Ctr(seed)
    out = []
    for t in h2.types():
        if t.name == "password":
            t.gen = password3
        for cls, fam in FAMILIES:
            for _ in range(per_family):
                v = t.gen(x)
                text = render(x, t, fam, v)
                gold = None
                for cand in (v, json.dumps(v)[1:-1], json.dumps(json.dumps(v)[1:-1])[1:-1],
                             "\n".join(("    " + ln) if i else ln for i, ln in enumerate(v.split("\n")))):
                    if cand in text:
                        gold = cand
                        break
                if gold is None:
                    raise ValueError("%s/%s: value not in its text" % (t.name, fam))
                out.append((t.name, "%s/%s" % (cls, fam), text, gold))
    return out


def negatives(seed="zdaudit-heldout3-neg-2026-12-04-evening"):
    """Known non-secrets of kinds the other sets do not hold."""
    x = Ctr(seed)
    return [
        "[integration]\napi_key = ${VENDOR_API_KEY}\ntimeout = 30",
        "$env:OKTA_TOKEN = \"<paste token here>\"",
        "setx SMTP_PASSWORD \"%SMTP_PASSWORD%\"",
        "<add key=\"ApiKey\" value=\"\" />",
        "<add key=\"PasswordMinLength\" value=\"12\" />",
        "<setting name=\"Password\" serializeAs=\"String\">\n  <value />\n</setting>",
        "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
        "password = var.db_password",
        "api_key = data.vault_generic_secret.vendor.data[\"key\"]",
        "token = local.token",
        "{\"blocks\": [{\"type\": \"section\", \"text\": {\"type\": \"mrkdwn\", \"text\": \"*Password reset* requested by jo\"}}]}",
        "{\"type\": \"AdaptiveCard\", \"body\": [{\"type\": \"TextBlock\", \"text\": \"Token rotated successfully\"}]}",
        "{\"headers\": {\"Authorization\": \"Bearer [FILTERED]\"}, \"status\": 401}",
        "{\"headers\": {\"X-Api-Key\": \"****\"}}",
        "{\"ticket\": {\"comment\": {\"body\": \"The password is the one you chose at registration.\"}}}",
        "{\"audit\": {\"events\": [{\"type\": \"Comment\", \"body\": \"Password: sent by SMS\"}]}}",
        "Called back 2:15pm. Caller could not remember the password; sent the reset link.",
        "SMS from vendor: your verification code is 482913",
        "Text received: \"pass the chart to Dr. Shah pls\"",
        "pass the message to the night shift",
        "Please pass along our thanks to the front desk.",
        "Did the patient pass the hearing screen? Yes, both ears.",
        "The pass rate for the HIPAA quiz was 92%.",
        "Your one-time passcode will arrive by text.",
        "Welcome aboard! Your temporary password will be sent in a separate e-mail.",
        "Password reset complete. You can now sign in with your new password.",
        "Your Wi-Fi guest password is posted at reception.",
        "Key created for Zendesk sync (API token). Copy it from the admin page; it is shown once.",
        "Action required: we rotated your API key. Sign in to view the new value.",
        "Quick one: is the API token still valid? The sync broke again.",
        "RE: go-live - use the token from the vault, we'll rotate after launch.",
        "Build %s deployed to staging" % x.text(h2.HEXD, 12),
        "Order reference %s-%s-%s" % (x.text(h2.HEXD, 8), x.text(h2.HEXD, 4), x.text(h2.HEXD, 4)),
        "Attachment id %s" % x.text(h2.HEXD, 32),
        "file checksum sha1 %s" % x.text(h2.HEXD, 40),
        "GUID %s" % h2.guid(x),
        "Mailgun domain mg.clinic.example is verified (DKIM ok).",
        "Discord server invite: discord.gg/clinic",
        "Okta org: https://clinic.okta.com, app id 0oa%s" % h2.mix(x, 17),
        "The Discord bot is offline since Monday.",
        "Token bucket: 100 requests per minute per agent.",
        "Passphrase rules: four words, no names.",
        "Password hint: your first pet (not stored by us).",
        "password=%s" % ("*" * 12),
        "pass: ********",
        "PASS=\"\"",
        "pass=${PASS}",
        "$env:PG_PASS = $null",
    ]
