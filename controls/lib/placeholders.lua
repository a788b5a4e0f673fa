-- SPDX-License-Identifier: MIT
-- Finding Zendesk placeholders in rule text: which ones copy ticket content (comments,
-- description) into a message, Liquid loops over comments, CSAT placeholders, and dynamic
-- content ({{dc.*}}) resolved through its variants.
local M = {}

-- Ticket fields whose value is comment or description text. A placeholder leaks when its path
-- is ticket.<name>, optionally followed by "_<variant>" (_formatted, _html, _rich, ...) or by
-- ".<member>" (ticket.latest_comment.value, ticket.comments.first ...).
M.content_fields = {
  "comments", "public_comments", "latest_comment", "latest_public_comment", "description",
}

-- Legacy CSAT placeholders (ZD.SUP.11.1) and the new survey link (ZD.SUP.12.1).
M.csat_legacy = {
  ["satisfaction.rating_section"] = true, ["satisfaction.rating_url"] = true,
  ["satisfaction.positive_rating_url"] = true, ["satisfaction.negative_rating_url"] = true,
  ["satisfaction.current_rating"] = true, ["satisfaction.current_comment"] = true,
}
M.csat_survey = "satisfaction.survey_url"

local function is_content(path)
  for _, f in ipairs(M.content_fields) do
    local base = "ticket." .. f
    if path == base then
      return true
    end
    if string.sub(path, 1, #base) == base then
      local nxt = string.sub(path, #base + 1, #base + 1)
      -- "_" starts a variant, except the names that are other fields (public_comments is listed
      -- itself; latest_comment_... are variants of latest_comment).
      if nxt == "_" or nxt == "." then
        return true
      end
    end
  end
  return false
end

-- classify(path) -> "content", "title", "dc", "csat_legacy", "csat_survey", "requester" or
-- "other".
function M.classify(path)
  if is_content(path) then
    return "content"
  elseif path == "ticket.title" or path == "ticket.subject" then
    return "title"
  elseif string.sub(path, 1, 3) == "dc." then
    return "dc"
  elseif M.csat_legacy[path] then
    return "csat_legacy"
  elseif path == M.csat_survey then
    return "csat_survey"
  elseif string.find(path, "^ticket%.requester") or string.find(path, "^ticket%.cc_names")
      or string.find(path, "^ticket%.organization") or string.find(path, "^ticket%.ticket_field")
      or string.find(path, "^current_user%.") or string.find(path, "^ticket%.assignee") then
    return "requester"
  end
  return "other"
end

-- scan(text) -> array of {path=, class=, raw=}: output tags first, in order, then Liquid tags.
-- Output tags {{ path | filter }} give their path; Liquid tags {% ... %} give every ticket.* path
-- they mention that is not "other", so `{% for c in ticket.comments %}` counts as content.
function M.scan(text)
  local out = {}
  if type(text) ~= "string" then
    return out
  end
  for inner in string.gmatch(text, "{{%s*(.-)%s*}}") do
    local path = string.match(inner, "^[%w_%.]+")
    if path and path ~= "" then
      out[#out + 1] = { path = path, class = M.classify(path), raw = "{{" .. path .. "}}" }
    end
  end
  for inner in string.gmatch(text, "{%%%-?(.-)%-?%%}") do
    for path in string.gmatch(inner, "ticket%.[%w_%.]+") do
      path = string.gsub(path, "%.$", "")
      local class = M.classify(path)
      if class ~= "other" then
        out[#out + 1] = { path = path, class = class, raw = "{% " .. inner:gsub("^%s+", ""):gsub("%s+$", "") .. " %}" }
      end
    end
  end
  return out
end

-- dc_index(items) -> {["dc.name"] = {text, ...}} from dynamic_content items (placeholder
-- "{{dc.name}}", variants[].content).
function M.dc_index(items)
  local idx = {}
  if items == nil then
    return idx
  end
  for _, it in ipairs(items) do
    local ph = zd.str(zd.get(it, "placeholder"))
    local key = ph and string.match(ph, "{{%s*(dc%.[%w_%.]+)%s*}}")
    if key then
      local texts = {}
      local variants = zd.get(it, "variants")
      if zd.type(variants) == "array" then
        for _, v in ipairs(variants) do
          local c = zd.str(zd.get(v, "content"))
          if c then
            texts[#texts + 1] = c
          end
        end
      end
      idx[key] = texts
    end
  end
  return idx
end

-- dc_of(snap) -> dc_index of the snapshot's dynamic content (read-only, made once per run:
-- zd.shared), or nil when it was not collected.
function M.dc_of(snap)
  return zd.shared("placeholders.dc_of", function()
    local items = zd.items(snap, "dynamic_content")
    return items and M.dc_index(items) or nil
  end)
end

-- expand(text, dc) -> findings, unresolved. Like scan, but {{dc.*}} placeholders are replaced
-- by the findings of their variants (each carrying via = "dc.name"), up to three levels deep;
-- `unresolved` lists dc names with no item. Pass dc = nil when dynamic content is unknown:
-- every dc placeholder is then unresolved.
function M.expand(text, dc, depth, via, out, unresolved)
  out = out or {}
  unresolved = unresolved or {}
  depth = depth or 0
  for _, f in ipairs(M.scan(text)) do
    if f.class == "dc" then
      local texts = dc and dc[f.path]
      if texts == nil then
        unresolved[#unresolved + 1] = f.path
      elseif depth < 3 then
        for _, t in ipairs(texts) do
          M.expand(t, dc, depth + 1, via or f.path, out, unresolved)
        end
      end
    else
      f.via = via
      out[#out + 1] = f
    end
  end
  return out, unresolved
end

return M
