-- SPDX-License-Identifier: MIT
-- sunco.lua — Sunshine Conversations facts shared by the MSG and SUNCO controls: which
-- integration types are social or third-party channels, end-user attachment switches,
-- the app's conversation retention, webhook targets, and the "no SunCo credentials"
-- answer, so the two areas decide the same data the same way.
local verdict = require "verdict"
local inventory = require "inventory"
local M = {}

-- What a person must supply for zdaudit to decide these controls itself.
M.CREDENTIALS = "Give zdaudit a Sunshine Conversations API key (app id, key id and secret in the "
  .. "ZENDESK_SUNCO_* variables or the credentials file) and collect again to decide this "
  .. "automatically; until then a person must check it in Admin Center > Channels > "
  .. "Messaging and social."

-- Social-media messaging platforms (ZD.MSG.1).
M.SOCIAL = {
  apple = "Apple Messages for Business", googlercs = "Google RCS", instagram = "Instagram",
  kakao = "KakaoTalk", line = "LINE", messenger = "Facebook Messenger",
  telegram = "Telegram", twitter = "X (Twitter)", viber = "Viber", wechat = "WeChat",
  whatsapp = "WhatsApp",
}
-- Types that are not a third-party channel: Zendesk's own SDKs and Web Widget, custom
-- (webhook) integrations, which ZD.SUNCO.2.3 covers, and Zendesk's internal "zd:" ones.
M.FIRST_PARTY = { web = true, ios = true, android = true, unity = true, custom = true }
-- Third-party channels that are not social media (SMS and email relays).
M.RELAY = { twilio = "Twilio (SMS)", messagebird = "MessageBird (SMS/WhatsApp)",
            mailgun = "Mailgun (email)" }
-- Types whose end users can upload files through the SDK or widget (attachmentsEnabled).
M.SDK = { web = true, ios = true, android = true, unity = true }

-- The normalised type of an integration ("googleRcs" -> "googlercs"), or nil.
function M.type_of(it)
  local t = zd.str(it.type)
  return t and t:lower() or nil
end

function M.first_party(t)
  return M.FIRST_PARTY[t] == true or t:sub(1, 3) == "zd:"
end

-- Evidence object for an integration.
function M.object(it)
  return { type = "sunco_integration", id = zd.str(it.id), title = zd.str(it.displayName) }
end

-- The list of endpoint 'key', or nil plus the result to return (manual naming the missing
-- credentials when the endpoint was skipped, error otherwise).
function M.list(snap, key)
  local items = zd.items(snap, key)
  if items == nil then
    return nil, verdict.missing(key, M.CREDENTIALS)
  end
  local bad = verdict.malformed(key, items)
  if bad then
    return nil, verdict.error(bad .. ".")
  end
  return items
end

-- The app keys (ZD.SUNCO.2.2, ZD.SUNCO.5.1), or nil plus the result to return. Listing keys
-- (GET /v2/apps/{appId}/keys) needs an account-scoped key; keys created in Admin Center are
-- app-scoped, so for Zendesk customers the listing is refused (401/403) or never tried:
-- then the key inventory is a person's job, 'question' says where. Other failures are errors.
function M.keys(snap, question)
  local items = zd.items(snap, "sunco_keys")
  if items == nil then
    local st = zd.state("sunco_keys")
    local refused = st.outcome == "refused"
      or (st.outcome == "http_error" and (st.http_status == 401 or st.http_status == 403))
    if refused then
      local code = (st.http_status or 0) > 0 and (" (HTTP " .. st.http_status .. ")") or ""
      return nil, zd.manual("Sunshine Conversations refused the keys listing" .. code
        .. ": it needs an account-scoped key, which Admin Center does not issue. " .. question,
        { { endpoint = "sunco_keys", note = st.reason } })
    elseif st.outcome == "skipped" then
      return nil, zd.manual(st.reason .. ". " .. question,
        { { endpoint = "sunco_keys", note = st.reason } })
    end
    return nil, verdict.missing("sunco_keys")
  end
  local bad = verdict.malformed("sunco_keys", items)
  if bad then
    return nil, verdict.error(bad .. ".")
  end
  return items
end

-- Beyond the exact generic names of the parameter (inventory.generic), a name made only of
-- generic words ("My Test Key", "Sunshine API key") says no more.
local function only_generic_words(name, list)
  local words = { key = true, keys = true, my = true, app = true, sunshine = true,
                  sunco = true, smooch = true, conversations = true }
  for _, g in ipairs(list or {}) do
    for w in tostring(g):lower():gmatch("%a+") do words[w] = true end
  end
  for w in name:lower():gmatch("%a+") do
    if not words[w] then return false end
  end
  return true
end

-- Evidence for each key and the labels of those that cannot be told apart (no, generic or
-- shared displayName): ev, bad. 'list' is the generic_credential_names parameter.
function M.key_names(keys, list)
  local dups = inventory.duplicates(keys, "displayName")
  local ev, bad = {}, {}
  for _, k in ipairs(keys) do
    local name = zd.str(k.displayName)
    local item = { endpoint = "sunco_keys",
                   object = { type = "sunco_key", id = zd.str(k.id), title = name },
                   field = "displayName", actual = k.displayName }
    local why = nil
    local same = dups[inventory.norm(name)]
    if inventory.generic(name, list) or only_generic_words(name or "", list) then
      why = (inventory.norm(name) == "") and "no name" or "generic name"
    elseif same then
      why = "name shared by " .. #same .. " keys"
    end
    if why then
      item.note = why
      item.expected = "a unique name saying which service uses the key"
      bad[#bad + 1] = "'" .. (name or "") .. "' (" .. why .. ")"
    end
    ev[#ev + 1] = item
  end
  return ev, bad
end

-- Channels of the kind 'classify' picks (a function type -> label or nil).
-- Returns status, details, evidence for ZD.MSG.1 / ZD.SUNCO.1.
function M.channels(snap, classify, noun)
  local ints, res = M.list(snap, "sunco_integrations")
  if ints == nil then return res end
  local flagged, names, untyped, inactive, ev = 0, {}, 0, 0, {}
  for _, it in ipairs(ints) do
    local t = M.type_of(it)
    if t == nil then
      untyped = untyped + 1
      ev[#ev + 1] = { endpoint = "sunco_integrations", object = M.object(it), field = "type",
                      actual = it.type, note = "integration without a type" }
    else
      local label = classify(t)
      if label then
        local status = zd.str(it.status) or "unknown"
        if status == "inactive" then
          inactive = inactive + 1
          ev[#ev + 1] = { endpoint = "sunco_integrations", object = M.object(it), field = "type",
                          actual = t, note = label .. ", status inactive (not counted)" }
        else
          flagged = flagged + 1
          names[#names + 1] = label
          ev[#ev + 1] = { endpoint = "sunco_integrations", object = M.object(it), field = "type",
                          actual = t, note = label .. ", status " .. status,
                          expected = "no " .. noun .. " without a no-PHI rule or BAA" }
        end
      end
    end
  end
  if flagged > 0 then
    return zd.fail(verdict.count(flagged, noun) .. " connected: " .. verdict.list(names)
      .. ". Each needs a no-PHI rule or the subscriber's own BAA with the platform (record it as"
      .. " an exception), or must be removed.", ev)
  end
  if untyped > 0 then
    return verdict.error(verdict.count(untyped, "integration") .. " in sunco_integrations "
      .. ((untyped == 1) and "has" or "have") .. " no type, so the channel list cannot be judged.")
  end
  local note = (inactive > 0) and (" (" .. verdict.count(inactive, "inactive one") .. " listed)")
    or ""
  return zd.pass("No active " .. noun .. " among " .. verdict.count(#ints, "integration")
    .. note .. ".", ev)
end

-- Secure (private) attachments: Support's "Require authentication to download"
-- (settings.tickets.private_attachments), which the catalog names for messaging too. true,
-- false or nil (unknown), with evidence. The Sunshine Conversations app has no such switch
-- any more: app.settings.attachmentsAccess was dropped from the API in version 13.1.0 of
-- zendesk/sunshine-conversations-api-spec (commit cf3e28e) and is absent from 17.12.1.
local function private_attachments(snap, ev)
  if snap.account_settings == nil then return nil end
  local v = zd.get(snap.account_settings, "settings.tickets.private_attachments")
  ev[#ev + 1] = { endpoint = "account_settings", field = "settings.tickets.private_attachments",
                  actual = v, expected = true }
  return zd.bool(v)
end

-- End-user attachments off on every SDK/widget integration, then secure attachments or an
-- agent procedure (ZD.MSG.2, ZD.SUNCO.4). attachmentsEnabled is a read-only boolean of the
-- android, ios, unity and web integrations, "set to true by default" and changed only in
-- Admin Center (openapi.yaml of zendesk/sunshine-conversations-api-spec, 17.12.1): an
-- integration that does not send it is taken at that default.
function M.attachments(snap, where)
  local ints, res = M.list(snap, "sunco_integrations")
  if ints == nil then return res end
  local ev, on, unknown, bad, untyped, sdk = {}, {}, {}, {}, 0, 0
  for _, it in ipairs(ints) do
    local t = M.type_of(it)
    if t == nil then
      untyped = untyped + 1
      ev[#ev + 1] = { endpoint = "sunco_integrations", object = M.object(it), field = "type",
                      actual = it.type, note = "integration without a type" }
    elseif M.SDK[t] and zd.str(it.status) ~= "inactive" then
      sdk = sdk + 1
      local v = it.attachmentsEnabled
      local b = zd.bool(v)
      local label = (zd.str(it.displayName) or t) .. " (" .. t .. ")"
      local item = { endpoint = "sunco_integrations", object = M.object(it),
                     field = "attachmentsEnabled", actual = v, expected = false }
      if v == nil then
        on[#on + 1] = label
        item.actual = "absent"
        item.note = "not sent: the API's documented default is true"
      elseif b == true then
        on[#on + 1] = label
      elseif v == zd.null then
        unknown[#unknown + 1] = label
        item.note = "null: not reported by the API"
      elseif b == nil then
        bad[#bad + 1] = label
      end
      ev[#ev + 1] = item
    end
  end
  if #on > 0 then
    return zd.fail("End users can attach files on " .. verdict.list(on)
      .. " (attachmentsEnabled true, or not sent and so at its default of true); turn end-user "
      .. "attachments off in " .. where .. ".", ev)
  end
  if #bad > 0 then
    return verdict.error("attachmentsEnabled has an unexpected type on " .. verdict.list(bad)
      .. ".", ev)
  end
  if untyped > 0 then
    return verdict.error(verdict.count(untyped, "integration") .. " in sunco_integrations "
      .. verdict.agree(untyped, "has", "have") .. " no type, so it cannot be told whether "
      .. "end users can attach files there.", ev)
  end
  if #unknown > 0 then
    return zd.manual("The API reports attachmentsEnabled as null for " .. verdict.list(unknown)
      .. "; check the end-user attachment switch of each in " .. where .. ".", ev)
  end
  local private = private_attachments(snap, ev)
  local offs = (sdk == 0) and "No active web or SDK messaging integration accepts end-user files"
    or ("End-user attachments are off on all " .. verdict.count(sdk, "web/SDK integration"))
  if private == true then
    return zd.pass(offs .. ", and secure attachments (\"Require authentication to download\") "
      .. "are on.", ev)
  end
  local how = (private == false) and "off"
    or ((snap.account_settings == nil) and "not confirmed (account settings not read)"
        or "not confirmed (settings.tickets.private_attachments unreadable)")
  return zd.manual(offs .. ", but secure attachments are " .. how
    .. ": confirm a written rule that agents never attach files with ePHI, or turn on "
    .. "\"Require authentication to download\" (Admin Center > Objects and rules > Tickets > "
    .. "Settings).", ev)
end

-- Automatic deletion of inactive conversations (ZD.MSG.8, ZD.SUNCO.6).
function M.retention(snap, ctx)
  local app = snap.sunco_app
  if app == nil then
    return verdict.missing("sunco_app", M.CREDENTIALS)
  end
  local settings = zd.get(app, "app.settings")
  if zd.type(settings) ~= "object" then
    return verdict.error("sunco_app has no app.settings object.")
  end
  local raw = settings.conversationRetentionSeconds
  local secs = zd.int(raw)
  local max_days = zd.int(ctx.params.conversation_retention_max_days) or 0
  local ev = { { endpoint = "sunco_app", field = "app.settings.conversationRetentionSeconds",
                 object = { type = "sunco_app", id = zd.str(zd.get(app, "app.id")),
                            title = zd.str(zd.get(app, "app.displayName")) },
                 actual = raw, expected = (max_days > 0)
                   and ("1.." .. (max_days * 86400) .. " seconds") or "a positive number" } }
  if raw ~= nil and raw ~= zd.null and secs == nil then
    return verdict.error("app.settings.conversationRetentionSeconds is not an integer.")
  end
  if secs == nil or secs == 0 then
    return zd.manual("The Sunshine Conversations app sets no conversation retention "
      .. "(conversationRetentionSeconds absent or 0), so conversations that never became tickets"
      .. " stay stored: show the deletion process (webhook plus API deletion) and its logs, or "
      .. "set a retention period.", ev)
  end
  if secs < 0 then
    return verdict.error("app.settings.conversationRetentionSeconds is negative (" .. secs .. ").")
  end
  local days = secs / 86400
  local shown = string.format("%.1f days", days)
  if max_days > 0 and secs > max_days * 86400 then
    return zd.fail("Conversations are deleted only after " .. shown .. " of inactivity "
      .. "(app.settings.conversationRetentionSeconds " .. secs .. "), longer than the "
      .. max_days .. " days of conversation_retention_max_days.", ev)
  end
  return zd.pass("The Sunshine Conversations app deletes conversations after " .. shown
    .. " of inactivity (conversationRetentionSeconds " .. secs .. ").", ev)
end

-- Sunshine Conversations webhooks whose target is not HTTPS: list of labels, evidence
-- appended to 'ev'; plus the number of webhooks. nil, result when not collected.
function M.webhook_targets(snap, ev)
  local hooks, res = M.list(snap, "sunco_webhooks")
  if hooks == nil then return nil, res end
  local plain = {}
  for _, w in ipairs(hooks) do
    local target = zd.str(w.target)
    local obj = { type = "sunco_webhook", id = zd.str(w.id),
                  title = "integration " .. (zd.str(w.integration_id) or "?") }
    local item = { endpoint = "sunco_webhooks", object = obj, field = "target",
                   actual = verdict.origin(target) or "(not a URL)", expected = "https://…" }
    if not verdict.is_https(target) then
      plain[#plain + 1] = (zd.str(w.id) or "?") .. " → " .. (verdict.origin(target) or "?")
      item.note = "target is not HTTPS"
    else
      local full = {}
      if zd.bool(w.includeFullUser) == true then full[#full + 1] = "includeFullUser" end
      if zd.bool(w.includeFullSource) == true then full[#full + 1] = "includeFullSource" end
      if #full > 0 then item.note = "sends " .. table.concat(full, " and ") end
    end
    ev[#ev + 1] = item
  end
  return plain, #hooks
end

return M
