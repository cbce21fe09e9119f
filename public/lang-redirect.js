// Sends a visitor of a language-neutral URL (/, /550/, /5.7.1/, /search/?q=550) to the same page in
// the first of their browser's languages that the site has, else English. A classic script in
// <head>, so the chooser underneath is never painted when JavaScript runs.
(function () {
  var supported = { en: 'en', it: 'it', pt: 'pt', ca: 'ca' };
  var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  var target = 'en';
  for (var i = 0; i < prefs.length; i++) {
    var base = String(prefs[i]).toLowerCase().split('-')[0];
    if (supported[base]) { target = supported[base]; break; }
  }
  location.replace('/' + target + location.pathname + location.search + location.hash);
})();
