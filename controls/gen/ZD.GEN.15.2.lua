-- SPDX-License-Identifier: MIT
-- ZD.GEN.15.2: Maintain the subscriber's own non-standard code.
-- Check: gathers what the API shows of code that reaches the account (installed apps,
--   webhooks, legacy targets, the subscriber's own OAuth clients) as the starting list of the
--   inventory a person keeps; always manual, since versions and patch status are not exposed.

id = "ZD.GEN.15.2"
title = "Maintain the subscriber's own non-standard code"
seed_ref = "SRM V.1.b"
product = "Private apps, custom integrations"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber maintains and patches the non-standard code that adds functionality to "
  .. "the service: code it wrote itself; third-party code it bought for use with Zendesk; "
  .. "custom code built by Zendesk Professional Services, but only where a custom contract has"
  .. " transferred responsibility for that code to the subscriber."
evidence = "Inventory of private apps, custom integrations and scripts, with owner, version and "
  .. "patch status."
remediation = "Keep an inventory of private apps, custom integrations and scripts with owner, version "
  .. "and patch status, and patch them on a schedule."
question = "Confirm an inventory lists the code the subscriber runs against Zendesk (private apps, "
  .. "custom integrations, scripts using the API, third-party code it bought) with owner, version "
  .. "and patch status, and that it is patched on a schedule. Keep the inventory and the latest "
  .. "patch records."
uses = { "apps_installations", "webhooks", "targets", "oauth_clients" }

-- What the API lists of code that extends or reaches the account; which of it the subscriber
-- wrote, bought or runs is for the person keeping the inventory.
local SOURCES = {
  { key = "apps_installations", type = "app_installation", what = "installed app(s)" },
  { key = "webhooks", type = "webhook", what = "webhook(s)", title = "name" },
  { key = "targets", type = "target", what = "legacy target(s)", title = "title" },
  { key = "oauth_clients", type = "oauth_client", what = "own OAuth client(s)", title = "name" },
}

local function title_of(src, it)
  if src.title then return zd.str(zd.get(it, src.title)) end
  return zd.str(zd.get(it, "settings.title")) or zd.str(zd.get(it, "settings.name"))
end

function check(snap, ctx)
  local ev, parts = {}, {}
  for _, src in ipairs(SOURCES) do
    local items = zd.items(snap, src.key)
    if items == nil then
      parts[#parts + 1] = src.what .. " not read (" .. zd.state(src.key).reason .. ")"
    else
      local n = 0
      for _, it in ipairs(items) do
        if src.key ~= "oauth_clients" or zd.bool(zd.get(it, "global")) ~= true then
          n = n + 1
          if #ev < 40 then
            ev[#ev + 1] = { endpoint = src.key, object = { type = src.type, id = zd.get(it, "id"),
                            title = title_of(src, it) }, note = "inventory: owner, version, patch status" }
          end
        end
      end
      parts[#parts + 1] = n .. " " .. src.what
    end
  end
  return zd.manual("Code that reaches the account, as far as the API shows: " .. table.concat(parts, "; ")
    .. ". Add the scripts and middleware the API cannot show, and keep the inventory with owner, "
    .. "version and patch status for each.", ev)
end
