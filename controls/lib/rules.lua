-- SPDX-License-Identifier: MIT
-- Business rules (triggers, automations) and their notification actions: which actions send a
-- message, and where their recipient, subject and body sit in the action's value array.
local shape = require "shape"
local M = {}

-- Notification actions: positions in `value` (1-based). Shapes from endpoints.md §2.7.
M.notify = {
  notification_user = { channel = "email", recipient = 1, subject = 2, body = 3 },
  notification_group = { channel = "email", recipient = 1, subject = 2, body = 3 },
  notification_target = { channel = "target", recipient = 1, body = 2 },
  notification_webhook = { channel = "webhook", recipient = 1, body = 2 },
  notification_sms_user = { channel = "sms", recipient = 1, body = 3 },
  notification_sms_group = { channel = "sms", recipient = 1, body = 3 },
}

-- active(rule): true unless the rule says it is inactive. An unreadable flag counts as active,
-- so a malformed rule cannot hide a leak.
function M.active(rule)
  return zd.bool(zd.get(rule, "active")) ~= false
end

-- text(v): all strings inside a value (webhook bodies may be key/value pair arrays), joined.
local function text(v, acc)
  acc = acc or {}
  local t = zd.type(v)
  if t == "string" then
    acc[#acc + 1] = v
  elseif t == "number" then
    acc[#acc + 1] = tostring(v)
  elseif t == "array" or t == "object" then
    for _, x in pairs(v) do
      text(x, acc)
    end
  end
  return acc
end

function M.text(v)
  return table.concat(text(v), "\n")
end

-- notifications(items, kind [, channels]) -> array of {rule=, kind=, action=, channel=,
-- recipient=, subject=, body=} for every notification action of every active rule; `channels`
-- (a set such as {sms=true}) keeps only those channels. `kind` is "trigger" or "automation".
function M.notifications(items, kind, channels)
  local out = {}
  if items == nil then
    return out
  end
  for _, rule in ipairs(items) do
    if M.active(rule) then
      local actions = zd.get(rule, "actions")
      if zd.type(actions) == "array" then
        for _, a in ipairs(actions) do
          local field = zd.str(zd.get(a, "field"))
          local spec = field and M.notify[field]
          if spec and (channels == nil or channels[spec.channel]) then
            local v = zd.get(a, "value")
            local n = { rule = rule, kind = kind, action = field, channel = spec.channel }
            if zd.type(v) == "array" then
              n.recipient = zd.get(v, tostring(spec.recipient))
              n.subject = spec.subject and M.text(zd.get(v, tostring(spec.subject))) or nil
              local parts = {}
              for i = spec.body, #v do
                parts[#parts + 1] = M.text(v[i])
              end
              n.body = table.concat(parts, "\n")
            else
              n.body = M.text(v)
            end
            out[#out + 1] = n
          end
        end
      end
    end
  end
  return out
end

-- The fields the notification reading depends on: a rule whose actions is not an array (or
-- an action without a string field) would silently send nothing to check.
local RULE = { actions = "array!", active = "boolean", title = "string", id = "id" }
local ACTION = { field = "string!", value = "any" }
local DC = { placeholder = "string!", variants = "array" }
local VARIANT = { content = "string" }

-- unusable(snap [, keys]) -> a sentence when an item of triggers/automations (each rule and
-- each of its actions) or dynamic_content that was collected has the wrong shape, else nil.
-- Worked out once per run for each list of keys (zd.shared): four controls ask.
local function unusable(snap, keys)
  for _, key in ipairs(keys) do
    local items = zd.items(snap, key)
    local why = shape.list(items, key, RULE)
    if why then return why end
    for _, rule in ipairs(items or {}) do
      why = shape.list(rule.actions, key .. " actions of rule " .. tostring(rule.id), ACTION)
      if why then return why end
    end
  end
  local dc = zd.items(snap, "dynamic_content")
  local why = shape.list(dc, "dynamic_content", DC)
  if why then return why end
  for _, it in ipairs(dc or {}) do
    why = shape.list(it.variants, "dynamic_content variants of item " .. tostring(it.id), VARIANT)
    if why then return why end
  end
  return nil
end

function M.unusable(snap, keys)
  keys = keys or { "triggers", "automations" }
  return zd.shared("rules.unusable:" .. table.concat(keys, ","), function()
    return unusable(snap, keys)
  end)
end

-- notifications_of(snap, key, kind [, channels]) -> notifications(zd.items(snap, key), kind,
-- channels), the rules read once per run (zd.shared) and shared by the controls that ask;
-- the notifications are read-only.
function M.notifications_of(snap, key, kind, channels)
  local all = zd.shared("rules.notifications:" .. key .. ":" .. kind, function()
    return M.notifications(zd.items(snap, key), kind)
  end)
  if channels == nil then
    return all
  end
  local out = {}
  for _, n in ipairs(all) do
    if channels[n.channel] then
      out[#out + 1] = n
    end
  end
  return out
end

-- object(n): evidence object for the rule of a notification.
function M.object(n)
  return { type = n.kind, id = zd.get(n.rule, "id"), title = zd.str(zd.get(n.rule, "title")) }
end

return M
