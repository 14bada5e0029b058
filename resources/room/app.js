// The phone page: join, then do what the facilitator opened. Every text from the server or another
// phone is set with textContent, never parsed as HTML.
"use strict";
(function () {
  const LANG = (navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en";
  const TEXT = {
    en: {
      brand: "Facilitator", offline: "Connection lost. Reconnecting…",
      closed_title: "The room is closed", closed_text: "Thank you for taking part!",
      join_title: "Join the session", name_label: "Your name (optional)",
      name_note: "Without a name you take part anonymously. Pulse answers are always anonymous.",
      side_label: "Your side", side_sales: "Sales", side_product: "Product", side_other: "Other",
      join_named: "Join with my name", join_anon: "Join anonymously",
      pick_side: "Pick your side first.", name_needed: "Type your name, or join anonymously.",
      wait_title: "You’re in",
      wait_text: "Keep this page open. When the facilitator opens the next step, it appears here.",
      anonymous: "anonymous",
      pulse_before: "Pulse before we start", pulse_after: "Pulse at the end",
      pulse_note: "Anonymous. The room sees averages only, once at least three people have answered.",
      scale_low: "1 = not at all", scale_high: "7 = fully",
      shared_goal: "I can state the goal Sales and Product share this quarter.",
      mistakes_not_held_against: "If I make a mistake here, it is not held against me.",
      raise_tough_issues: "We can bring up problems and tough issues.",
      safe_to_take_risks: "It is safe to take a risk in this group.",
      send_answers: "Send answers", answer_all: "Answer every statement first.",
      thanks: "Thank you", pulse_done: "Your answers are in, without your name.",
      writing_title: "What happened?",
      writing_note: "On your own, write what happened, as a camera would have seen it. Only the facilitator sees it until you rephrase it together.",
      hint_soft: "This may read as blame. Try:", hint_strong: "This reads as blame. Say what happened instead:",
      send: "Send", sent_title: "Sent to the facilitator",
      paraphrase_title: "In your own words",
      paraphrase_note: "Say the other side’s goal in your own words. They tell you whether you got it right.",
      paraphrase_listen: "Listen in: Sales and Product say each other’s goals in their own words.",
      paraphrase_none: "The other side has no goal written down yet.",
      paraphrase_label: "Their goal, as I understand it", measure: "Measure", target: "Target",
      paraphrase_waiting: "Sent. Waiting for the other side…", paraphrase_right: "They say: that’s right.",
      paraphrase_wrong: "Not quite yet. Ask what you missed, then try again.", send_again: "Send again",
      confirm_title: "Is that right?", confirm_intro: "The other side put your goal like this:",
      yes: "Yes, that’s right", no: "Not quite",
      consent_title: "Can you commit to this?",
      consent_note: "Fist of five: 5 = fully behind it, 0 = I block it. Two or fewer is a concern to resolve.",
      f0: "I block it", f1: "strong concern", f2: "concern", f3: "can live with it", f4: "support", f5: "fully behind it",
      consent_done: "Your vote: %1. You can change it while the vote is open.",
      end_title: "What we agreed", your_actions: "Your action items",
      no_actions: "No action items in your name.", no_agreements: "No agreements yet.", due: "due %1",
      open: "open", in_progress: "in progress", done: "done", blocked: "blocked", dropped: "dropped",
      e_closed: "The facilitator has closed this step.", e_answered: "You have already answered.",
      e_too_long: "That is too long; please shorten it.", e_empty: "Write something first.",
      e_invalid: "That did not work. Reload the page and try again.",
      e_forbidden: "This page is no longer connected to the room. Scan the code again.",
      e_slow: "Slow down a little, then try again.", e_not_joined: "Join first.",
      e_failed: "Could not send. Check the Wi-Fi and try again.",
      e_storage: "The facilitator’s laptop could not save it. Try again in a moment.",
    },
    de: {
      brand: "Facilitator", offline: "Verbindung unterbrochen. Verbinde neu …",
      closed_title: "Der Raum ist geschlossen", closed_text: "Danke fürs Mitmachen!",
      join_title: "An der Sitzung teilnehmen", name_label: "Dein Name (freiwillig)",
      name_note: "Ohne Namen nimmst du anonym teil. Antworten zum Stimmungsbild sind immer anonym.",
      side_label: "Deine Seite", side_sales: "Vertrieb", side_product: "Produkt", side_other: "Andere",
      join_named: "Mit meinem Namen teilnehmen", join_anon: "Anonym teilnehmen",
      pick_side: "Wähle zuerst deine Seite.", name_needed: "Gib deinen Namen ein oder nimm anonym teil.",
      wait_title: "Du bist dabei",
      wait_text: "Lass diese Seite offen. Sobald die Moderation den nächsten Schritt öffnet, erscheint er hier.",
      anonymous: "anonym",
      pulse_before: "Stimmungsbild vor dem Start", pulse_after: "Stimmungsbild zum Schluss",
      pulse_note: "Anonym. Der Raum sieht nur Durchschnitte, und erst, wenn mindestens drei geantwortet haben.",
      scale_low: "1 = gar nicht", scale_high: "7 = voll und ganz",
      shared_goal: "Ich kann das gemeinsame Ziel von Vertrieb und Produkt für dieses Quartal benennen.",
      mistakes_not_held_against: "Wenn mir hier ein Fehler passiert, wird er mir nicht vorgehalten.",
      raise_tough_issues: "Wir können Probleme und schwierige Themen offen ansprechen.",
      safe_to_take_risks: "In dieser Gruppe kann man gefahrlos etwas wagen.",
      send_answers: "Antworten senden", answer_all: "Beantworte zuerst alle Aussagen.",
      thanks: "Danke", pulse_done: "Deine Antworten sind angekommen, ohne deinen Namen.",
      writing_title: "Was ist passiert?",
      writing_note: "Schreib für dich auf, was passiert ist, so wie eine Kamera es aufgenommen hätte. Nur die Moderation sieht es, bis ihr es gemeinsam neutral formuliert habt.",
      hint_soft: "Das könnte als Vorwurf ankommen. Versuch es so:", hint_strong: "Das klingt nach Vorwurf. Beschreib lieber, was passiert ist:",
      send: "Senden", sent_title: "An die Moderation gesendet",
      paraphrase_title: "In deinen eigenen Worten",
      paraphrase_note: "Gib das Ziel der anderen Seite mit deinen Worten wieder. Sie sagen dir, ob du es getroffen hast.",
      paraphrase_listen: "Hör zu: Vertrieb und Produkt geben die Ziele der jeweils anderen Seite mit eigenen Worten wieder.",
      paraphrase_none: "Die andere Seite hat noch kein Ziel aufgeschrieben.",
      paraphrase_label: "Ihr Ziel, wie ich es verstehe", measure: "Messgröße", target: "Zielwert",
      paraphrase_waiting: "Gesendet. Die andere Seite antwortet gleich …", paraphrase_right: "Sie sagen: Genau so.",
      paraphrase_wrong: "Noch nicht ganz. Frag nach, was fehlt, und versuch es noch einmal.", send_again: "Noch einmal senden",
      confirm_title: "Stimmt das so?", confirm_intro: "Die andere Seite hat euer Ziel so wiedergegeben:",
      yes: "Ja, genau so", no: "Nicht ganz",
      consent_title: "Kannst du das mittragen?",
      consent_note: "Fingerzeichen: 5 = voll dahinter, 0 = ich blockiere. Zwei oder weniger ist ein Einwand, der geklärt werden muss.",
      f0: "ich blockiere", f1: "große Bedenken", f2: "Bedenken", f3: "kann damit leben", f4: "unterstütze", f5: "voll dahinter",
      consent_done: "Deine Stimme: %1. Du kannst sie ändern, solange abgestimmt wird.",
      end_title: "Was wir vereinbart haben", your_actions: "Deine Aufgaben",
      no_actions: "Keine Aufgaben auf deinen Namen.", no_agreements: "Noch keine Vereinbarungen.", due: "fällig am %1",
      open: "offen", in_progress: "in Arbeit", done: "erledigt", blocked: "blockiert", dropped: "verworfen",
      e_closed: "Die Moderation hat diesen Schritt geschlossen.", e_answered: "Du hast schon geantwortet.",
      e_too_long: "Das ist zu lang, bitte kürze es.", e_empty: "Schreib zuerst etwas.",
      e_invalid: "Das hat nicht geklappt. Lade die Seite neu und versuch es noch einmal.",
      e_forbidden: "Diese Seite ist nicht mehr mit dem Raum verbunden. Scanne den Code erneut.",
      e_slow: "Etwas langsamer, dann noch einmal.", e_not_joined: "Nimm zuerst teil.",
      e_failed: "Senden fehlgeschlagen. Prüfe das WLAN und versuch es noch einmal.",
      e_storage: "Der Laptop der Moderation konnte es nicht speichern. Versuch es gleich noch einmal.",
    },
  };
  const ITEMS = ["shared_goal", "mistakes_not_held_against", "raise_tough_issues", "safe_to_take_risks"];
  const SECTIONS = ["join", "wait", "pulse", "pulse-done", "writing", "paraphrase", "consent", "end", "closed"];
  const t = (key) => TEXT[LANG][key] ?? TEXT.en[key] ?? key;
  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  let state = null;
  let side = "";
  let pulseAnswers = {};
  const votes = {};
  let closed = false;

  function showError(code) {
    const box = $("error");
    box.textContent = code ? t("e_" + code) : "";
    box.hidden = !code;
  }

  async function post(path, body) {
    let response;
    try {
      response = await fetch("/api/" + path, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
    } catch (error) {
      showError("failed");
      return null;
    }
    let answer = {};
    try { answer = await response.json(); } catch (error) { answer = {}; }
    if (!response.ok) {
      const byStatus = { 403: "forbidden", 413: "too_long", 429: "slow" };
      showError(answer.error || byStatus[response.status] || "failed");
      return null;
    }
    showError("");
    return answer;
  }

  function show(section) {
    for (const name of SECTIONS) $(name).hidden = name !== section;
  }

  // -- join ---------------------------------------------------------------------------------
  function buildJoin() {
    for (const code of ["sales", "product", "other"]) {
      const button = el("button", t("side_" + code));
      button.type = "button";
      button.setAttribute("role", "radio");
      button.setAttribute("aria-checked", "false");
      button.dataset.side = code;
      button.addEventListener("click", () => {
        side = code;
        for (const b of $("sides").children) b.setAttribute("aria-checked", String(b.dataset.side === code));
        showError("");
      });
      $("sides").append(button);
    }
    $("join-named").addEventListener("click", () => join(false));
    $("join-anon").addEventListener("click", () => join(true));
  }

  async function join(anonymous) {
    const name = anonymous ? "" : $("name").value.trim();
    if (!side) return showLocal(t("pick_side"));
    if (!anonymous && !name) return showLocal(t("name_needed"));
    if (await post("join", { name, side, lang: LANG })) refresh();
  }

  function showLocal(message) {
    $("error").textContent = message;
    $("error").hidden = false;
  }

  // -- pulse --------------------------------------------------------------------------------
  function buildPulse() {
    for (const item of ITEMS) {
      const block = el("div", undefined, "item");
      block.append(el("p", t(item)));
      const scale = el("div", undefined, "scale");
      scale.setAttribute("role", "radiogroup");
      for (let score = 1; score <= 7; score++) {
        const button = el("button", String(score));
        button.type = "button";
        button.setAttribute("role", "radio");
        button.setAttribute("aria-checked", "false");
        button.setAttribute("aria-label", t(item) + " " + score);
        button.addEventListener("click", () => {
          pulseAnswers[item] = score;
          for (const b of scale.children) b.setAttribute("aria-checked", String(b === button));
        });
        scale.append(button);
      }
      const ends = el("div", undefined, "ends");
      ends.append(el("span", t("scale_low")), el("span", t("scale_high")));
      block.append(scale, ends);
      $("pulse-items").append(block);
    }
    $("pulse-send").addEventListener("click", async () => {
      if (Object.keys(pulseAnswers).length < ITEMS.length) return showLocal(t("answer_all"));
      const phase = state.activity === "pulse_after" ? "after" : "before";
      if (await post("pulse", { phase, answers: pulseAnswers })) refresh();
    });
  }

  function resetPulse() {
    pulseAnswers = {};
    for (const b of $("pulse-items").querySelectorAll("button")) b.setAttribute("aria-checked", "false");
  }

  // -- silent writing -------------------------------------------------------------------------
  let hintTimer = 0;
  function buildWriting() {
    $("statement").addEventListener("input", () => {
      clearTimeout(hintTimer);
      hintTimer = setTimeout(checkHint, 350);
    });
    $("statement-send").addEventListener("click", async () => {
      const text = $("statement").value.trim();
      if (!text) return showLocal(t("e_empty"));
      if (await post("statement", { text })) {
        $("sent").prepend(el("li", text));
        $("sent-title").hidden = false;
        $("statement").value = "";
        renderHint({ level: "none", hits: [] });
      }
    });
  }

  async function checkHint() {
    const text = $("statement").value;
    if (!text.trim()) return renderHint({ level: "none", hits: [] });
    const answer = await post("hint", { text });
    if (answer && $("statement").value === text) renderHint(answer);
  }

  function renderHint(answer) {
    const box = $("hint");
    box.replaceChildren();
    box.hidden = answer.level === "none";
    box.className = "hint " + answer.level;
    if (box.hidden) return;
    box.append(el("p", t(answer.level === "strong" ? "hint_strong" : "hint_soft")));
    for (const hit of answer.hits) {
      const line = el("p");
      line.append(el("q", hit.words), document.createTextNode(" → " + hit.hint));
      box.append(line);
    }
  }

  // -- paraphrase -----------------------------------------------------------------------------
  const goalCards = new Map();
  function renderParaphrase() {
    const confirm = $("to-confirm");
    confirm.replaceChildren();
    const mine = new Map();
    for (const p of state.paraphrases || []) {
      if (p.mine) { mine.set(p.goal, p); continue; }
      const card = el("div", undefined, "card");
      card.append(el("h3", t("confirm_title")), el("p", t("confirm_intro"), "meta"), el("blockquote", p.text));
      const row = el("div", undefined, "row");
      for (const right of [true, false]) {
        const button = el("button", t(right ? "yes" : "no"), right ? "primary" : "");
        button.type = "button";
        button.addEventListener("click", () => post("confirm", { key: p.key, right }));
        row.append(button);
      }
      card.append(row);
      confirm.append(card);
    }
    const goals = state.goals || [];
    const list = $("goals");
    if (state.side === "other") {
      list.replaceChildren(el("p", t("paraphrase_listen"), "note"));
      goalCards.clear();
      return;
    }
    if (!goals.length) {
      list.replaceChildren(el("p", t("paraphrase_none"), "note"));
      goalCards.clear();
      return;
    }
    if (!list.querySelector(".card")) list.replaceChildren(el("p", t("paraphrase_note"), "note"));
    const ids = new Set(goals.map((g) => g.key));
    for (const [id, card] of goalCards) if (!ids.has(id)) { card.root.remove(); goalCards.delete(id); }
    for (const goal of goals) {
      const card = goalCards.get(goal.key) || buildGoalCard(goal);
      card.objective.textContent = goal.objective;
      const meta = [];
      if (goal.metric) meta.push(t("measure") + ": " + goal.metric);
      if (goal.target) meta.push(t("target") + ": " + goal.target);
      card.meta.textContent = meta.join(" · ");
      const p = mine.get(goal.key);
      card.status.textContent = !p ? "" : p.confirmed === true ? t("paraphrase_right")
        : p.confirmed === false ? t("paraphrase_wrong") : t("paraphrase_waiting");
      card.status.className = p && p.confirmed === true ? "ok" : "note";
      card.send.hidden = Boolean(p && p.confirmed === true);
      card.text.disabled = card.send.hidden;
      card.send.textContent = p && p.confirmed === false ? t("send_again") : t("send");
    }
  }

  function buildGoalCard(goal) {
    const root = el("div", undefined, "card");
    const objective = el("p", "", "goal");
    const meta = el("p", "", "meta");
    const label = el("label", t("paraphrase_label"));
    const text = el("textarea");
    text.rows = 3;
    text.maxLength = 2000;
    text.id = "paraphrase-" + goal.key;
    label.htmlFor = text.id;
    const send = el("button", t("send"), "primary");
    send.type = "button";
    send.addEventListener("click", () => {
      if (!text.value.trim()) return showLocal(t("e_empty"));
      post("paraphrase", { goal: goal.key, text: text.value });
    });
    const status = el("p", "", "note");
    status.setAttribute("role", "status");
    root.append(objective, meta, label, text, send, status);
    $("goals").append(root);
    const card = { root, objective, meta, text, send, status };
    goalCards.set(goal.key, card);
    return card;
  }

  // -- consent --------------------------------------------------------------------------------
  function buildConsent() {
    for (const score of [5, 4, 3, 2, 1, 0]) {
      const button = el("button", String(score));
      button.type = "button";
      button.append(el("small", t("f" + score)));
      button.dataset.score = String(score);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", async () => {
        const id = state.agreement.id;
        if (await post("consent", { agreement_id: id, score })) {
          votes[id] = score;
          renderConsent();
        }
      });
      $("fingers").append(button);
    }
  }

  function renderConsent() {
    const agreement = state.agreement;
    $("agreement-text").textContent = agreement.text;
    const vote = votes[agreement.id];
    for (const b of $("fingers").children) b.setAttribute("aria-pressed", String(Number(b.dataset.score) === vote));
    $("consent-done").hidden = vote === undefined;
    $("consent-done").textContent = vote === undefined ? "" : t("consent_done").replace("%1", vote + " – " + t("f" + vote));
  }

  // -- the end ------------------------------------------------------------------------------
  function renderEnd() {
    const agreements = state.agreements || [];
    $("agreements").replaceChildren(...(agreements.length ? agreements.map((a) => el("li", a.text))
      : [el("li", t("no_agreements"))]));
    const actions = state.actions || [];
    $("actions").replaceChildren(...(actions.length ? actions.map((a) => {
      const item = el("li", a.text);
      const meta = [t(a.status)];
      if (a.due) meta.push(t("due").replace("%1", a.due));
      item.append(el("span", meta.join(" · "), "meta"));
      return item;
    }) : [el("li", t("no_actions"))]));
  }

  // -- state ----------------------------------------------------------------------------------
  let lastActivity = "";
  function render() {
    $("title").textContent = state.title;
    const who = state.joined ? (state.name || t("anonymous")) + " · " + t("side_" + state.side) : "";
    $("who").textContent = who;
    if (state.activity !== lastActivity && lastActivity.startsWith("pulse")) resetPulse();
    if (state.activity !== lastActivity) showError("");
    lastActivity = state.activity;
    if (!state.joined) return show("join");
    const activity = state.activity;
    if (activity === "pulse_before" || activity === "pulse_after") {
      const phase = activity === "pulse_after" ? "after" : "before";
      $("pulse-title").textContent = t(activity);
      return show(state.answered.includes(phase) ? "pulse-done" : "pulse");
    }
    if (activity === "writing") return show("writing");
    if (activity === "paraphrase") { renderParaphrase(); return show("paraphrase"); }
    if (activity === "consent" && state.agreement) { renderConsent(); return show("consent"); }
    if (activity === "end") { renderEnd(); return show("end"); }
    show("wait");
  }

  function receive(next) {
    if (next.type === "closed") return roomClosed();
    state = next;
    render();
  }

  async function refresh() {
    let response;
    try {
      response = await fetch("/api/state");
    } catch (error) {
      return false;
    }
    if (response.status === 403) { roomClosed(); return false; }
    if (response.ok) receive(await response.json());
    return response.ok;
  }

  function roomClosed() {
    closed = true;
    show("closed");
    $("offline").hidden = true;
    showError("");
  }

  function connect() {
    const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    socket.addEventListener("open", () => { $("offline").hidden = true; });
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      if (closed) return;
      $("offline").hidden = false;
      setTimeout(async () => { if (await refresh()) connect(); else if (!closed) setTimeout(connect, 3000); }, 1500);
    });
  }

  document.documentElement.lang = LANG;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  buildJoin();
  buildPulse();
  buildWriting();
  buildConsent();
  refresh().then((ok) => { if (ok) connect(); });
})();
