-- SPDX-License-Identifier: MIT
-- ADV.MAIL.1 (advisory, outside the baseline): support addresses on the subscriber's own domain
-- are verified by Zendesk: forwarding, SPF, CNAME records and domain verification.
-- Check: every recipient_addresses item whose e-mail is not on *.zendesk.com has
--   forwarding_status, spf_status, cname_status and domain_verification_status "verified"
--   (lib/mail.lua cites the fields). A value that is not "verified" fails; a field not reported
--   asks a person; only Zendesk addresses: not applicable.

id = "ADV.MAIL.1"
title = "Support addresses on your own domain are verified (forwarding, SPF, CNAME, domain)"
seed_ref = "advisory (not in the baseline)"
product = "Support (email channel, support addresses)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "A support address on the subscriber's own domain only works as intended when "
  .. "Zendesk has verified it: mail forwarded from the subscriber's server reaches Zendesk "
  .. "(forwarding), Zendesk may send for the domain (SPF), the required CNAME records are set "
  .. "(among them the DKIM keys that sign outbound mail) and the domain is verified. An "
  .. "unverified address sends notices from a Zendesk address or not at all, and patients can "
  .. "be taught to trust mail that does not come from the clinic's domain. The baseline does "
  .. "not ask for this; a HIPAA reviewer expects to see it."
evidence = "GET /api/v2/recipient_addresses → for each address not on *.zendesk.com: "
  .. "forwarding_status, spf_status, cname_status and domain_verification_status = \"verified\" "
  .. "(developer.zendesk.com, Support Addresses > JSON format)."
remediation = "In Admin Center > Channels > Talk and email > Email > Support addresses, open each "
  .. "address that shows a warning, set up forwarding, the SPF record and the CNAME records its "
  .. "Verify panel lists, then click Verify (or PUT /api/v2/recipient_addresses/{id}/verify)."
question = "In Admin Center > Channels > Talk and email > Email > Support addresses, confirm "
  .. "every address on your own domain shows forwarding, SPF, DNS (CNAME) and domain "
  .. "verification as verified. Keep a dated screenshot."
references = { "https://developer.zendesk.com/api-reference/ticketing/account-configuration/support_addresses/",
               "https://support.zendesk.com/hc/en-us/articles/4408822303386" }

requires = { "recipient_addresses" }

local mail = require "mail"

function check(snap, ctx)
  local ext, other = mail.own(snap, "forwarding, SPF or CNAME record of yours to verify")
  if ext == nil then return other end
  local ev, failed, unreported = {}, 0, 0
  for _, a in ipairs(ext) do
    for _, f in ipairs(mail.STATUS_FIELDS) do
      local v = zd.str(zd.get(a, f))
      if v ~= "verified" then
        ev[#ev + 1] = { endpoint = "recipient_addresses", object = mail.object(a), field = f,
                        actual = v or "not reported", expected = "verified" }
        if v then failed = failed + 1 else unreported = unreported + 1 end
      end
    end
  end
  if failed > 0 then
    return zd.fail(failed .. " verification(s) of " .. #ext .. " support address(es) on your own "
      .. "domain are not \"verified\" (failed, waiting or unknown).", ev)
  end
  if unreported > 0 then
    return zd.manual(unreported .. " verification field(s) of the support addresses on your own "
      .. "domain were not reported by the API: check them in Admin Center.", ev)
  end
  return zd.pass("All " .. #ext .. " support address(es) on your own domain are verified "
    .. "(forwarding, SPF, CNAME, domain).", { { endpoint = "recipient_addresses",
      note = #ext .. " address(es) on your own domain, each with 4 verifications \"verified\"" } })
end
