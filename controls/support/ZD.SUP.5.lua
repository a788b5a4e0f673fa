-- SPDX-License-Identifier: MIT
-- ZD.SUP.5: "Require authentication for download" is enabled for attachments.
-- Check: account_settings settings.tickets.private_attachments must be true.

id = "ZD.SUP.5"
title = "\"Require authentication for download\" is enabled for attachments"
seed_ref = "I.5"
product = "Support (ticket attachments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep attachments public and record in the exception register that the subscriber takes "
  .. "full responsibility for attachment content and for access to attachment data."
automation = "auto"
description = "Turn on \"Require authentication for download\" (private attachments), so that only "
  .. "signed-in, authorised users can fetch ticket attachments. If it stays off, anyone who "
  .. "has an attachment's URL can download it. The subscriber then carries full responsibility"
  .. " for attachment content and for access to attachment data."
evidence = "GET /api/v2/account/settings → tickets.private_attachments = true."
remediation = "In Admin Center > Objects and rules > Tickets > Settings > Attachments, turn on "
  .. "\"Require authentication for download\"."
  .. " Or, as the baseline allows: keep attachments public and record in the exception "
  .. "register that the subscriber takes full responsibility for attachment content and for "
  .. "access to attachment data."
question = "In Admin Center > Objects and rules > Tickets > Settings > Attachments, confirm "
  .. "\"Require authentication for download\" is on, or that the exception register records the "
  .. "subscriber's acceptance of full responsibility for public attachments. Keep a dated "
  .. "screenshot."
uses = { "account_settings" }

-- check --
requires = { "account_settings" }

function check(snap, ctx)
  local raw, why = zd.get(snap.account_settings, "settings.tickets.private_attachments")
  local b = zd.bool(raw)
  local ev = { { endpoint = "account_settings", path = "settings.tickets.private_attachments",
                 actual = raw == nil and (why or "absent") or raw, expected = true } }
  if b == nil then
    return zd.error("settings.tickets.private_attachments is " .. (raw == nil and (why or "absent")
      or "not a boolean") .. ", so whether attachments need sign-in is unknown.", ev)
  end
  if not b then
    return zd.fail("Attachments can be downloaded by anyone who has the link "
      .. "(settings.tickets.private_attachments is false).", ev)
  end
  return zd.pass("Attachments can only be downloaded by signed-in, authorised users.", ev)
end
