/* ICC Workshop: the room's phone page. Plain ES2015 (phones of the last five years), no library,
   nothing fetched from outside the laptop. Every text a person typed is shown with textContent,
   never as markup. */
(function () {
  "use strict";

  var TEXTS = {
    en: {
      language: "Language", loading: "Loading…", title: "Join the workshop",
      codeLabel: "Room code", codeHint: "The code is shown on the screen at the front of the room.",
      next: "Continue", whoTitle: "Who are you?", pickName: "Pick your name",
      taken: "already joined", guest: "Join as a guest", guestName: "Your name (optional)",
      join: "Join", hello: "Hello, {name}", waiting: "Wait for the facilitator to open an activity. This page updates by itself.",
      scoreTitle: "Score: {dimension}", scoreHint: "For each question: where the city is today, and where it wants to be.",
      current: "Today (current level)", target: "Goal (target level)", unknown: "Not known",
      noTarget: "No goal given", level: "Level {n}",
      dotsTitle: "Place your dots", dotsLeft: "{left} of {budget} dots left",
      more: "One more dot for {need}", fewer: "One dot less for {need}", dotsFor: "Dots for {need}",
      rateTitle: "Impact and feasibility", rateHint: "1 = very low, 5 = very high.",
      impact: "Impact", feasibility: "Feasibility",
      suggestTitle: "Suggest a need", needTitle: "The need, in a few words", needDetails: "Details (optional)",
      pollTitle: "Quick poll", send: "Send", sendAgain: "Send changes", sending: "Sending…",
      sent: "Sent. Thank you!", suggested: "Thank you! The facilitator will review your suggestion.",
      another: "Suggest another need", answered: "You have answered. You can still change your answers.",
      noNeeds: "There are no needs to vote on yet.",
      closed: "The room is closed. Thank you for taking part!",
      err_wrong_code: "This is not the room code. Check the screen and try again.",
      err_taken: "Another phone has joined with this name. Pick another name or join as a guest.",
      err_over_budget: "That is more dots than you have.", err_not_open: "This activity has just been closed.",
      err_no_token: "Please join the room again.", err_closed: "The room is closed.",
      err_too_many: "Too many requests. Wait a moment and try again.", err_too_large: "This is too long.",
      err_too_long: "This is too long.", err_empty: "Write the need in a few words first.",
      err_invalid: "This could not be saved. Check your answers.", err_network: "No connection to the laptop. Trying again…",
      err_pick: "Pick your name or join as a guest.",
      err_entered: "The facilitator has already entered this for you. Ask them if it needs changing.",
      err_name_taken: "Someone in the workshop already has this name. Pick it from the list if it is yours, or add an initial or your organisation.",
      err_too_many_guests: "No more guests can join from this phone. Ask the facilitator.",
      err_too_many_phones: "Too many phones have joined from this network address. Ask the facilitator.",
      err_too_many_suggestions: "You have sent as many suggestions as one phone can in this round. Thank you!",
      locked: "Entered by the facilitator", dotsLocked: "The facilitator has entered your dots. Ask them if they need changing."
    },
    fr: {
      language: "Langue", loading: "Chargement…", title: "Rejoindre l'atelier",
      codeLabel: "Code de la salle", codeHint: "Le code est affiché sur l'écran à l'avant de la salle.",
      next: "Continuer", whoTitle: "Qui êtes-vous ?", pickName: "Choisissez votre nom",
      taken: "déjà connecté", guest: "Participer comme invité", guestName: "Votre nom (facultatif)",
      join: "Rejoindre", hello: "Bonjour, {name}", waiting: "Attendez que l'animateur ouvre une activité. Cette page se met à jour toute seule.",
      scoreTitle: "Évaluation : {dimension}", scoreHint: "Pour chaque question : où en est la ville aujourd'hui, et où elle veut aller.",
      current: "Aujourd'hui (niveau actuel)", target: "Objectif (niveau visé)", unknown: "Je ne sais pas",
      noTarget: "Pas d'objectif", level: "Niveau {n}",
      dotsTitle: "Placez vos gommettes", dotsLeft: "Il vous reste {left} gommettes sur {budget}",
      more: "Une gommette de plus pour {need}", fewer: "Une gommette de moins pour {need}", dotsFor: "Gommettes pour {need}",
      rateTitle: "Impact et faisabilité", rateHint: "1 = très faible, 5 = très élevé.",
      impact: "Impact", feasibility: "Faisabilité",
      suggestTitle: "Proposer un besoin", needTitle: "Le besoin, en quelques mots", needDetails: "Précisions (facultatif)",
      pollTitle: "Sondage rapide", send: "Envoyer", sendAgain: "Envoyer les modifications", sending: "Envoi…",
      sent: "Envoyé. Merci !", suggested: "Merci ! L'animateur examinera votre proposition.",
      another: "Proposer un autre besoin", answered: "Vous avez répondu. Vous pouvez encore modifier vos réponses.",
      noNeeds: "Il n'y a pas encore de besoins à voter.",
      closed: "La salle est fermée. Merci de votre participation !",
      err_wrong_code: "Ce n'est pas le code de la salle. Vérifiez l'écran et réessayez.",
      err_taken: "Un autre téléphone a déjà choisi ce nom. Choisissez un autre nom ou participez comme invité.",
      err_over_budget: "C'est plus de gommettes que vous n'en avez.", err_not_open: "Cette activité vient d'être fermée.",
      err_no_token: "Veuillez rejoindre la salle à nouveau.", err_closed: "La salle est fermée.",
      err_too_many: "Trop de demandes. Attendez un instant et réessayez.", err_too_large: "C'est trop long.",
      err_too_long: "C'est trop long.", err_empty: "Décrivez d'abord le besoin en quelques mots.",
      err_invalid: "Impossible d'enregistrer. Vérifiez vos réponses.", err_network: "Pas de connexion avec l'ordinateur. Nouvel essai…",
      err_pick: "Choisissez votre nom ou participez comme invité.",
      err_entered: "L'animateur a déjà saisi cette réponse pour vous. Demandez-lui s'il faut la modifier.",
      err_name_taken: "Quelqu'un dans l'atelier porte déjà ce nom. Choisissez-le dans la liste si c'est le vôtre, ou ajoutez une initiale ou votre organisation.",
      err_too_many_guests: "Aucun autre invité ne peut rejoindre la salle depuis ce téléphone. Demandez à l'animateur.",
      err_too_many_phones: "Trop de téléphones ont rejoint la salle depuis cette adresse réseau. Demandez à l'animateur.",
      err_too_many_suggestions: "Vous avez envoyé autant de propositions qu'un téléphone le peut pour ce tour. Merci !",
      locked: "Saisi par l'animateur", dotsLocked: "L'animateur a saisi vos gommettes. Demandez-lui s'il faut les modifier."
    },
    de: {
      language: "Sprache", loading: "Wird geladen…", title: "Am Workshop teilnehmen",
      codeLabel: "Raumcode", codeHint: "Der Code steht auf der Leinwand vorne im Raum.",
      next: "Weiter", whoTitle: "Wer sind Sie?", pickName: "Wählen Sie Ihren Namen",
      taken: "bereits angemeldet", guest: "Als Gast teilnehmen", guestName: "Ihr Name (freiwillig)",
      join: "Teilnehmen", hello: "Hallo, {name}", waiting: "Warten Sie, bis die Moderation eine Aktivität öffnet. Diese Seite aktualisiert sich selbst.",
      scoreTitle: "Bewertung: {dimension}", scoreHint: "Zu jeder Frage: wo die Stadt heute steht und wohin sie will.",
      current: "Heute (aktuelle Stufe)", target: "Ziel (Zielstufe)", unknown: "Weiß ich nicht",
      noTarget: "Kein Ziel angegeben", level: "Stufe {n}",
      dotsTitle: "Punkte vergeben", dotsLeft: "Noch {left} von {budget} Punkten",
      more: "Ein Punkt mehr für {need}", fewer: "Ein Punkt weniger für {need}", dotsFor: "Punkte für {need}",
      rateTitle: "Wirkung und Machbarkeit", rateHint: "1 = sehr gering, 5 = sehr hoch.",
      impact: "Wirkung", feasibility: "Machbarkeit",
      suggestTitle: "Bedarf vorschlagen", needTitle: "Der Bedarf in wenigen Worten", needDetails: "Einzelheiten (freiwillig)",
      pollTitle: "Kurzumfrage", send: "Senden", sendAgain: "Änderungen senden", sending: "Wird gesendet…",
      sent: "Gesendet. Danke!", suggested: "Danke! Die Moderation prüft Ihren Vorschlag.",
      another: "Weiteren Bedarf vorschlagen", answered: "Sie haben geantwortet. Sie können Ihre Antworten noch ändern.",
      noNeeds: "Es gibt noch keine Bedarfe zum Abstimmen.",
      closed: "Der Raum ist geschlossen. Danke für Ihre Teilnahme!",
      err_wrong_code: "Das ist nicht der Raumcode. Prüfen Sie die Leinwand und versuchen Sie es erneut.",
      err_taken: "Ein anderes Telefon hat diesen Namen gewählt. Wählen Sie einen anderen Namen oder nehmen Sie als Gast teil.",
      err_over_budget: "Das sind mehr Punkte, als Sie haben.", err_not_open: "Diese Aktivität wurde gerade geschlossen.",
      err_no_token: "Bitte treten Sie dem Raum erneut bei.", err_closed: "Der Raum ist geschlossen.",
      err_too_many: "Zu viele Anfragen. Warten Sie einen Moment.", err_too_large: "Das ist zu lang.",
      err_too_long: "Das ist zu lang.", err_empty: "Beschreiben Sie den Bedarf zuerst in wenigen Worten.",
      err_invalid: "Konnte nicht gespeichert werden. Prüfen Sie Ihre Antworten.", err_network: "Keine Verbindung zum Laptop. Neuer Versuch…",
      err_pick: "Wählen Sie Ihren Namen oder nehmen Sie als Gast teil.",
      err_entered: "Die Moderation hat dies bereits für Sie eingetragen. Fragen Sie sie, falls es geändert werden soll.",
      err_name_taken: "Jemand im Workshop hat diesen Namen bereits. Wählen Sie ihn aus der Liste, wenn es Ihrer ist, oder ergänzen Sie eine Initiale oder Ihre Organisation.",
      err_too_many_guests: "Von diesem Telefon können keine weiteren Gäste teilnehmen. Fragen Sie die Moderation.",
      err_too_many_phones: "Von dieser Netzwerkadresse nehmen zu viele Telefone teil. Fragen Sie die Moderation.",
      err_too_many_suggestions: "Sie haben so viele Vorschläge gesendet, wie ein Telefon in dieser Runde kann. Danke!",
      locked: "Von der Moderation eingetragen", dotsLocked: "Die Moderation hat Ihre Punkte eingetragen. Fragen Sie sie, falls sie geändert werden sollen."
    }
  };

  var store = window.localStorage;
  var lang = pickLanguage();
  var token = read("icc-room-token");
  var activity = null;      // the activity on screen: {id, kind, ...}
  var screen = "";          // what is drawn: join, who, waiting, activity, closed
  var pollTimer = null;
  var pollMs = 2000;        // the room says how often to ask
  var main = document.getElementById("main");
  var statusBox = document.getElementById("status");
  var codeFromLink = new URLSearchParams(window.location.search).get("code") || "";

  function read(key) { try { return store.getItem(key); } catch (e) { return null; } }
  function write(key, value) {
    try { if (value === null) { store.removeItem(key); } else { store.setItem(key, value); } } catch (e) { /* private mode */ }
  }

  function pickLanguage() {
    var saved = read("icc-room-lang");
    if (saved && TEXTS[saved]) { return saved; }
    var wanted = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (TEXTS[code]) { return code; }
    }
    return "en";
  }

  function t(key, values) {
    var text = TEXTS[lang][key] || TEXTS.en[key] || key;
    return text.replace(/\{(\w+)\}/g, function (_, name) { return values && name in values ? values[name] : ""; });
  }

  // --- building blocks (textContent only) -----------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") { node.textContent = attrs.text; }
      else if (name === "onclick") { node.addEventListener("click", attrs.onclick); }
      else if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false) { node.setAttribute(name, attrs[name] === true ? "" : attrs[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function choice(name, value, text, checked, disabled, extra) {
    var input = el("input", { type: "radio", name: name, value: String(value), checked: !!checked, disabled: !!disabled });
    var label = el("span", {}, extra ? [extra, document.createTextNode(text)] : [document.createTextNode(text)]);
    return el("label", { "class": "choice" }, [input, label]);
  }

  function checkedValue(form, name) {
    var picked = form.querySelector('input[name="' + name + '"]:checked');
    return picked ? picked.value : null;
  }

  function show(nodes, focusHeading) {
    main.textContent = "";
    nodes.forEach(function (node) { if (node) { main.appendChild(node); } });
    if (focusHeading) { main.focus(); }
  }

  function say(text, isError) {
    statusBox.className = isError ? "status error" : "status";
    statusBox.textContent = text || "";
    if (text && !isError) { setTimeout(function () { if (statusBox.textContent === text) { statusBox.textContent = ""; } }, 4000); }
  }

  function setLanguage(code) {
    lang = code;
    write("icc-room-lang", code);
    say("");
    document.documentElement.lang = code;
    document.title = "ICC Workshop";
    var buttons = document.querySelectorAll("#langs button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-lang") === code ? "true" : "false");
    }
    document.getElementById("langs").setAttribute("aria-label", t("language"));
    // What was picked or typed but not sent yet survives the redraw in the other language.
    keeping(redraw);
  }

  // Redraw with `draw`, keeping what was picked or typed and not sent yet (not in fields that are
  // now locked: those show what the facilitator entered).
  function keeping(draw) {
    var kept = Array.prototype.map.call(main.querySelectorAll("input, textarea"), function (field) {
      return { name: field.name, id: field.id, value: field.value, checked: field.checked, radio: field.type === "radio" };
    });
    draw();
    kept.forEach(function (old) {
      var field = old.radio ? main.querySelector('input[name="' + old.name + '"][value="' + old.value + '"]')
                            : (old.id ? document.getElementById(old.id) : null);
      if (!field || field.disabled) { return; }
      if (old.radio) { field.checked = old.checked; } else if (field.type !== "radio") { field.value = old.value; }
    });
  }

  // --- the API ---------------------------------------------------------------------------------

  function api(method, path, body, attempt) {
    var headers = { "Content-Type": "application/json" };
    if (token) { headers["X-Room-Token"] = token; }
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (!response.ok) { var error = new Error(data.message || "error"); error.code = data.error || "invalid"; throw error; }
          return data;
        });
      }, function () {
        // No answer (Wi-Fi hiccup): the same request again, with the same submission id.
        if ((attempt || 0) < 3) {
          say(t("err_network"), true);
          return new Promise(function (resolve) { setTimeout(resolve, 800 * ((attempt || 0) + 1)); })
            .then(function () { return api(method, path, body, (attempt || 0) + 1); });
        }
        var error = new Error("network"); error.code = "network"; throw error;
      });
  }

  function failed(error) {
    if (error.code === "closed") { showClosed(); return; }
    if (error.code === "entered" && screen === "activity") {
      // The facilitator typed some of this meanwhile: show it locked, keep the rest as picked.
      api("GET", "/api/state", null, 3).then(function (state) {
        keeping(function () { render(state); });
        say(t("err_entered"), true);
      }, function () { /* the next poll redraws */ });
    }
    if (error.code === "no_token") { token = null; write("icc-room-token", null); showJoin(); }
    say(t("err_" + error.code) === "err_" + error.code ? t("err_invalid") : t("err_" + error.code), true);
  }

  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function submit(fields, button, done, fresh) {
    var body = { activity: activity.id, submission: newId() };
    Object.keys(fields).forEach(function (key) { body[key] = fields[key]; });
    button.disabled = true;
    button.textContent = t("sending");
    api("POST", "/api/submit", body).then(function () {
      activity.answered = true;
      say(done || t("sent"));
      button.disabled = false;
      button.textContent = fresh ? t("send") : t("sendAgain");  // a suggestion is new each time
    }, function (error) {
      button.disabled = false;
      button.textContent = t("send");
      failed(error);
    });
  }

  // --- screens ---------------------------------------------------------------------------------

  var joinState = { code: codeFromLink, participants: null };

  function showJoin() {
    screen = "join";
    stopPolling();
    var input = el("input", { type: "text", id: "code", "class": "code", autocomplete: "off", autocapitalize: "characters",
                              spellcheck: "false", maxlength: "12", "aria-describedby": "code-hint", value: joinState.code });
    var form = el("form", { id: "join-form", novalidate: true }, [
      el("label", { "for": "code", "class": "field", text: t("codeLabel") }), input,
      el("p", { id: "code-hint", "class": "hint", text: t("codeHint") }),
      el("button", { type: "submit", "class": "primary", id: "code-next", text: t("next") })
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      joinState.code = input.value;
      api("POST", "/api/participants", { code: input.value }).then(function (data) {
        joinState.participants = data.participants;
        say("");
        showWho();
      }, failed);
    });
    show([el("h1", { text: t("title") }), form]);
  }

  function showWho() {
    screen = "who";
    var options = joinState.participants.map(function (p) {
      return choice("who", p.id, p.taken ? p.name + " (" + t("taken") + ")" : p.name, false, p.taken);
    });
    options.push(choice("who", "guest", t("guest"), joinState.participants.length === 0, false));
    var guestName = el("input", { type: "text", id: "guest-name", maxlength: "200", autocomplete: "name" });
    var form = el("form", { id: "who-form", novalidate: true }, [
      el("fieldset", {}, [el("legend", { text: t("pickName") })].concat(options)),
      el("label", { "for": "guest-name", "class": "field", text: t("guestName") }), guestName,
      el("button", { type: "submit", "class": "primary", id: "join", text: t("join") })
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var who = checkedValue(form, "who");
      if (!who) { say(t("err_pick"), true); return; }
      // One id per tap: a join sent again after a lost answer gets the same phone back.
      var body = { code: joinState.code, token: token, join: newId() };
      if (who === "guest") { body.guest_name = guestName.value; } else { body.participant = who; }
      api("POST", "/api/join", body).then(function (data) {
        token = data.token;
        write("icc-room-token", token);
        say("");
        refresh();
      }, failed);
    });
    show([el("h1", { text: t("whoTitle") }), form], true);
  }

  function showClosed() {
    screen = "closed";
    stopPolling();
    say("");
    token = null;
    write("icc-room-token", null);
    show([el("h1", { text: "ICC Workshop" }), el("p", { "class": "notice", id: "closed", text: t("closed") })]);
  }

  function greeting(state) {
    return el("p", { "class": "hint", id: "hello", text: t("hello", { name: state.name }) + " · " + state.workshop });
  }

  var lastState = null;

  function render(state) {
    lastState = state;
    var open = state.activity;
    if (!open) {
      if (activity) { say(""); }
      screen = "waiting";
      activity = null;
      show([el("h1", { text: t("hello", { name: state.name }) }), el("p", { "class": "hint", text: state.workshop }),
            el("p", { "class": "notice", id: "waiting", text: t("waiting") })]);
      return;
    }
    screen = "activity";
    if (!activity || activity.id !== open.id) { say(""); }  // the last activity's message is over
    activity = open;
    var builders = { score: scoreScreen, dots: dotsScreen, rate: rateScreen, suggest: suggestScreen, poll: pollScreen };
    show(builders[open.kind](open, state), true);
  }

  function answeredNote(open) {
    return open.answered ? el("p", { "class": "notice", text: t("answered") }) : null;
  }

  function scoreScreen(open, state) {
    var form = el("form", { id: "score-form", novalidate: true });
    open.questions.forEach(function (q, index) {
      var locked = !!q.locked;  // typed by the facilitator: shown, not changed from the phone
      var current = [choice("current-" + index, "unknown", t("unknown"), q.answered && q.current === null, locked)];
      var target = [choice("target-" + index, "none", t("noTarget"), q.answered && q.target === null, locked)];
      q.levels.forEach(function (descriptor, i) {
        var n = i + 1;
        var number = el("span", { "class": "level-number", text: n + " ·" });
        current.push(choice("current-" + index, n, descriptor || t("level", { n: n }), q.current === n, locked, number));
        target.push(choice("target-" + index, n, descriptor || t("level", { n: n }), q.target === n, locked, number.cloneNode(true)));
      });
      form.appendChild(el("div", { "class": "card" }, [
        el("h2", { id: "q-" + index, text: (index + 1) + ". " + q.text }),
        locked ? el("p", { "class": "notice", text: t("locked") }) : null,
        el("fieldset", { "aria-describedby": "q-" + index }, [el("legend", { text: t("current") })].concat(current)),
        el("fieldset", { "aria-describedby": "q-" + index }, [el("legend", { text: t("target") })].concat(target))
      ]));
    });
    var button = el("button", { type: "submit", "class": "primary", id: "send", text: open.answered ? t("sendAgain") : t("send") });
    form.appendChild(button);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answers = [];
      open.questions.forEach(function (q, index) {
        if (q.locked) { return; }
        var current = checkedValue(form, "current-" + index);
        var target = checkedValue(form, "target-" + index);
        if (current === null && target === null) { return; }
        answers.push({ question: q.id, current: current && current !== "unknown" ? Number(current) : null,
                       target: target && target !== "none" ? Number(target) : null });
      });
      if (!answers.length) { say(t("err_invalid"), true); return; }
      submit({ answers: answers }, button);
    });
    return [greeting(state), el("h1", { text: t("scoreTitle", { dimension: open.dimension }) }),
            el("p", { "class": "hint", text: t("scoreHint") }), answeredNote(open), form];
  }

  function dotsScreen(open, state) {
    if (!open.needs.length) { return [greeting(state), el("h1", { text: t("dotsTitle") }), el("p", { "class": "notice", text: t("noNeeds") })]; }
    var counts = {};
    open.needs.forEach(function (n) { counts[n.id] = n.dots; });
    var left = el("p", { "class": "budget", id: "dots-left", "aria-live": "polite" });
    var rows = [];
    function used() { return Object.keys(counts).reduce(function (sum, id) { return sum + counts[id]; }, 0); }
    function update() {
      left.textContent = t("dotsLeft", { left: open.budget - used(), budget: open.budget });
      rows.forEach(function (row) {
        row.output.textContent = String(counts[row.id]);
        row.plus.disabled = open.locked || used() >= open.budget;
        row.minus.disabled = open.locked || counts[row.id] <= 0;
      });
    }
    var form = el("form", { id: "dots-form", novalidate: true }, [left]);
    open.needs.forEach(function (need, index) {
      var output = el("output", { id: "dots-" + index, "aria-label": t("dotsFor", { need: need.title }) });
      var minus = el("button", { type: "button", "class": "minus", "aria-label": t("fewer", { need: need.title }), text: "−" });
      var plus = el("button", { type: "button", "class": "plus", "aria-label": t("more", { need: need.title }), text: "+" });
      minus.addEventListener("click", function () { if (counts[need.id] > 0) { counts[need.id] -= 1; update(); } });
      plus.addEventListener("click", function () { if (used() < open.budget) { counts[need.id] += 1; update(); } });
      rows.push({ id: need.id, output: output, minus: minus, plus: plus });
      form.appendChild(el("div", { "class": "card dots-row" }, [
        el("span", { "class": "title", text: need.title }),
        el("span", { "class": "stepper" }, [minus, output, plus])
      ]));
    });
    var button = el("button", { type: "submit", "class": "primary", id: "send", text: open.answered ? t("sendAgain") : t("send"),
                                disabled: !!open.locked });
    form.appendChild(button);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (open.locked) { say(t("dotsLocked"), true); return; }
      submit({ dots: counts }, button);
    });
    update();
    return [greeting(state), el("h1", { text: t("dotsTitle") }),
            open.locked ? el("p", { "class": "notice", id: "dots-locked", text: t("dotsLocked") }) : answeredNote(open), form];
  }

  function scale(name, legend, value, locked) {
    var options = [];
    for (var n = 1; n <= 5; n++) { options.push(choice(name, n, String(n), value === n, !!locked)); }
    return el("fieldset", {}, [el("legend", { text: legend }), el("div", { "class": "pair" }, options)]);
  }

  function rateScreen(open, state) {
    if (!open.needs.length) { return [greeting(state), el("h1", { text: t("rateTitle") }), el("p", { "class": "notice", text: t("noNeeds") })]; }
    var form = el("form", { id: "rate-form", novalidate: true });
    open.needs.forEach(function (need, index) {
      form.appendChild(el("div", { "class": "card", role: "group", "aria-labelledby": "need-" + index }, [
        el("h2", { id: "need-" + index, text: need.title }),
        need.locked ? el("p", { "class": "notice", text: t("locked") }) : null,
        scale("impact-" + index, t("impact"), need.impact, need.locked),
        scale("feasibility-" + index, t("feasibility"), need.feasibility, need.locked)
      ]));
    });
    var button = el("button", { type: "submit", "class": "primary", id: "send", text: open.answered ? t("sendAgain") : t("send") });
    form.appendChild(button);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var ratings = {};
      open.needs.forEach(function (need, index) {
        if (need.locked) { return; }
        var impact = checkedValue(form, "impact-" + index), feasibility = checkedValue(form, "feasibility-" + index);
        if (impact || feasibility) {
          ratings[need.id] = { impact: impact ? Number(impact) : null, feasibility: feasibility ? Number(feasibility) : null };
        }
      });
      if (!Object.keys(ratings).length) { say(t("err_invalid"), true); return; }
      submit({ ratings: ratings }, button);
    });
    return [greeting(state), el("h1", { text: t("rateTitle") }), el("p", { "class": "hint", text: t("rateHint") }),
            answeredNote(open), form];
  }

  function suggestScreen(open, state) {
    var title = el("input", { type: "text", id: "need-title", maxlength: "300", required: true });
    var details = el("textarea", { id: "need-details", maxlength: "2000" });
    var button = el("button", { type: "submit", "class": "primary", id: "send", text: t("send") });
    var form = el("form", { id: "suggest-form", novalidate: true }, [
      el("label", { "for": "need-title", "class": "field", text: t("needTitle") }), title,
      el("label", { "for": "need-details", "class": "field", text: t("needDetails") }), details, button
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!title.value.trim()) { say(t("err_empty"), true); title.focus(); return; }
      submit({ title: title.value, description: details.value }, button, t("suggested"), true);
      title.value = "";
      details.value = "";
    });
    return [greeting(state), el("h1", { text: t("suggestTitle") }), form];
  }

  function pollScreen(open, state) {
    var options = open.choices.map(function (text, index) { return choice("poll", index, text, open.choice === index, false); });
    var button = el("button", { type: "submit", "class": "primary", id: "send", text: open.answered ? t("sendAgain") : t("send") });
    var form = el("form", { id: "poll-form", novalidate: true }, [
      el("fieldset", {}, [el("legend", { text: open.question })].concat(options)), button
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var picked = checkedValue(form, "poll");
      if (picked === null) { say(t("err_invalid"), true); return; }
      submit({ choice: Number(picked) }, button);
    });
    return [greeting(state), el("h1", { text: t("pollTitle") }), answeredNote(open), form];
  }

  // --- the loop: the open activity every 2 s; redraw only when it changes ---------------------

  function refresh() {
    if (!token) { showJoin(); return; }
    api("GET", "/api/state", null, 3).then(function (state) {
      if (state.poll_ms >= 100 && state.poll_ms <= 60000) { pollMs = state.poll_ms; }
      var openId = state.activity ? state.activity.id : null;
      var shownId = activity ? activity.id : null;
      if (screen !== "activity" && screen !== "waiting" || openId !== shownId) { render(state); }
      else { lastState = state; }
      schedule();
    }, function (error) {
      if (error.code === "network") { schedule(); return; }
      failed(error);
      if (error.code !== "closed" && error.code !== "no_token") { schedule(); }
    });
  }

  function schedule() { stopPolling(); pollTimer = setTimeout(refresh, pollMs); }
  function stopPolling() { if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; } }

  function redraw() {
    if (screen === "join" || screen === "") { if (token) { refresh(); } else { showJoin(); } }
    else if (screen === "who") { showWho(); }
    else if (screen === "closed") { showClosed(); }
    else if (lastState) { render(lastState); }
  }

  var buttons = document.querySelectorAll("#langs button");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (event) { setLanguage(event.currentTarget.getAttribute("data-lang")); });
  }
  setLanguage(lang);
}());
