// Sends a visitor of / to the first of their browser's languages that the site has, else English.
(function () {
  var supported = { en: 'en', it: 'it', pt: 'pt', ca: 'ca' };
  var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  var target = 'en';
  for (var i = 0; i < prefs.length; i++) {
    var base = String(prefs[i]).toLowerCase().split('-')[0];
    if (supported[base]) { target = supported[base]; break; }
  }
  location.replace('/' + target + '/');
})();
