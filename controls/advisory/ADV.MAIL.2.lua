-- SPDX-License-Identifier: MIT
-- ADV.MAIL.2 (advisory, outside the baseline): incoming e-mail is checked for sender
-- authentication (SPF, DKIM and DMARC alignment), so spoofed mail is suspended.
-- Check: account_settings settings.email.email_sender_authentication must be true ("Whether
--   incoming email is subjected to sender authentication checks (SPF, DKIM)", Zendesk's Account
--   Settings reference); email_sender_authentication_profile ("default" | "enhanced") is shown.
--   Not reported: a person checks Admin Center (no documented default is relied on).

id = "ADV.MAIL.2"
title = "Incoming email is authenticated (SPF, DKIM, DMARC alignment)"
seed_ref = "advisory (not in the baseline)"
product = "Support (email channel)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "With sender authentication on, Zendesk checks incoming mail for SPF, DKIM and "
  .. "DMARC alignment and suspends most mail that fails, so a forged message claiming to come "
  .. "from a patient, a lab or a colleague does not become a ticket that agents trust. The "
  .. "\"Enhanced\" profile also applies DMARC to mail sent by agents and to native Zendesk "
  .. "support addresses. The baseline asks for due diligence on untrusted content (ZD.GEN.14.2) "
  .. "without naming this setting; a HIPAA reviewer expects to see it."
evidence = "GET /api/v2/account/settings → settings.email.email_sender_authentication = true; "
  .. "settings.email.email_sender_authentication_profile (\"default\" or \"enhanced\")."
remediation = "In Admin Center > Channels > Talk and email > Email, under \"Authenticate emails "
  .. "received with SPF, DKIM, and DMARC alignment\", select Enable, choose Default or Enhanced, "
  .. "and save; then watch the Suspended tickets view for false positives (Zendesk article "
  .. "4408821985818)."
question = "In Admin Center > Channels > Talk and email > Email, confirm \"Authenticate emails "
  .. "received with SPF, DKIM, and DMARC alignment\" is enabled and note the profile. Keep a "
  .. "dated screenshot."
references = { "https://developer.zendesk.com/api-reference/ticketing/account-configuration/account_settings/",
               "https://support.zendesk.com/hc/en-us/articles/4408821985818" }

requires = { "account_settings" }

function check(snap, ctx)
  local path = "settings.email.email_sender_authentication"
  local raw, why = zd.get(snap.account_settings, path)
  local prof, pwhy = zd.get(snap.account_settings, "settings.email.email_sender_authentication_profile")
  local ev = { { endpoint = "account_settings", path = path,
                 actual = raw == nil and (why or "absent") or raw, expected = true } }
  if why == "mistyped" or pwhy == "mistyped" then
    return zd.error("The account settings' email section is not an object, so sender "
      .. "authentication cannot be read.", ev)
  end
  if prof ~= nil and prof ~= "default" and prof ~= "enhanced" then
    return zd.error("settings.email.email_sender_authentication_profile is not \"default\" or "
      .. "\"enhanced\", so the response cannot be used.", ev)
  end
  if prof ~= nil then
    ev[#ev + 1] = { endpoint = "account_settings",
                    path = "settings.email.email_sender_authentication_profile", actual = prof }
  end
  if raw == nil then
    return zd.manual("The account settings do not report sender authentication "
      .. "(settings.email.email_sender_authentication is " .. (why or "absent") .. "): check "
      .. "it in Admin Center.", ev)
  end
  local on = zd.bool(raw)
  if on == nil then
    return zd.error("settings.email.email_sender_authentication is not a boolean, so whether "
      .. "incoming mail is authenticated is unknown.", ev)
  end
  if not on then
    return zd.fail("Incoming email is not checked for SPF, DKIM or DMARC alignment: forged "
      .. "mail becomes tickets.", ev)
  end
  return zd.pass("Incoming email is checked for SPF, DKIM and DMARC alignment"
    .. (prof and (" (profile " .. prof .. ")") or "") .. ".", ev)
end
