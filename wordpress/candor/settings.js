/* Settings → Candor: Candor's own checker runs in the frame above the save
 * form (embedded with events on). When it finds a file valid, it says so with
 * a `candor:checked` event carrying the file's name and text, and the form
 * offers to save exactly that text; for any other verdict the form hides.
 * The plugin's PHP then bounds only the file's size, type and name. */
( function () {
	'use strict';
	var checker = document.getElementById( 'candor-checker' );
	var form = document.getElementById( 'candor-save' );
	if ( ! checker || ! form ) return;
	checker.addEventListener( 'candor:checked', function ( event ) {
		var detail = event.detail || {};
		var valid = detail.valid === true && typeof detail.text === 'string' && typeof detail.name === 'string';
		form.hidden = ! valid;
		form.elements.candor_quiz_name.value = valid ? detail.name : '';
		form.elements.candor_quiz_text.value = valid ? detail.text : '';
		form.querySelector( '.candor-file-name' ).textContent = valid ? detail.name : '';
	} );
} )();
