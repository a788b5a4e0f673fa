-- SPDX-License-Identifier: MIT
-- ZD.GEN.12.2: Security review of Marketplace apps and third-party channels.
-- Check: lists installed apps and Marketplace (global) OAuth clients for the security review a
--   person records; none installed is not applicable.

id = "ZD.GEN.12.2"
title = "Security review of Marketplace apps and third-party channels"
seed_ref = "SRM II.1.b"
product = "Apps / channels"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber weighs the security impact of integrations created by installing "
  .. "Marketplace apps or by enabling third-party channels."
evidence = "App installations (GET /api/v2/apps/installations), with developer and PHI exposure for "
  .. "each. Enabled social and third-party channels (see MSG.1 and SUNCO.1)."
remediation = "Review every installed app (Admin Center > Apps and integrations > Apps > Zendesk "
  .. "Support apps) and every third-party channel: developer, data it reads, whether PHI "
  .. "reaches it; uninstall what is not needed."
question = "For every app in Admin Center > Apps and integrations > Apps > Zendesk Support apps, "
  .. "every Marketplace OAuth client, and every social or third-party messaging channel, confirm a "
  .. "security review records the developer, the data it reads, whether PHI reaches it and the "
  .. "decision to keep it. Keep the dated reviews."

-- check --
requires = { "apps_installations" }
uses = { "oauth_global_clients" }

local data = require "data"

function check(snap, ctx)
  local ev, n = {}, 0
  local apps, why = data.list(snap, "apps_installations")
  if apps == nil then
    return zd.error(why .. ".", {})
  end
  for _, a in ipairs(apps) do
    n = n + 1
    ev[#ev + 1] = { endpoint = "apps_installations",
                    object = { type = "app_installation", id = zd.get(a, "id"),
                               title = zd.str(zd.get(a, "settings.title")) or zd.str(zd.get(a, "settings.name")) },
                    field = "enabled", actual = zd.get(a, "enabled"), note = "app_id " .. tostring(zd.get(a, "app_id")) }
  end
  local globals = zd.items(snap, "oauth_global_clients")
  local g = 0
  for _, c in ipairs(globals or {}) do
    g = g + 1
    ev[#ev + 1] = { endpoint = "oauth_global_clients", object = { type = "global_oauth_client",
                    id = zd.get(c, "id"), title = zd.str(zd.get(c, "name")) }, field = "company",
                    actual = zd.get(c, "company") }
  end
  if globals == nil then
    ev[#ev + 1] = { endpoint = "oauth_global_clients", note = zd.state("oauth_global_clients").reason }
  end
  if n == 0 and g == 0 and globals ~= nil and not zd.state("oauth_global_clients").truncated
      and not zd.state("apps_installations").truncated then
    return zd.na("No app is installed and no Marketplace OAuth client has access.", ev)
  end
  return zd.manual(n .. " installed app(s) and " .. (globals and tostring(g) or "an unknown number of")
    .. " Marketplace OAuth client(s): record for each the developer, the data it reaches, whether PHI "
    .. "reaches it, and the review date; also review third-party channels (ZD.MSG.1, ZD.SUNCO.1).", ev)
end
