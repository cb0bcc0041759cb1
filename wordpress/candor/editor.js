/* The Candor quiz block in the editor: the address and quiz file in the
 * block, the other options in the sidebar, and a live preview. The page
 * itself is rendered on the server (candor_render_block), so the saved post
 * holds only the block's attributes, which WordPress keeps for every role. */
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';
	var el = element.createElement;
	var __ = i18n.__;
	var TextControl = components.TextControl;
	var TextareaControl = components.TextareaControl;
	var SelectControl = components.SelectControl;
	var ToggleControl = components.ToggleControl;
	var PanelBody = components.PanelBody;
	var Placeholder = components.Placeholder;
	var settings = window.candorSettings || { address: '' };
	var OPTIONS = [ 'theme', 'lang', 'accent', 'brand', 'title', 'intro', 'cta', 'ctaLabel', 'hide', 'quiz' ];
	var HIDDEN = [ 'share', 'team', 'history' ];

	function address( attributes ) {
		var given = ( attributes.src || settings.address || '' ).trim();
		try {
			var url = new URL( given );
			return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
		} catch ( e ) {
			return null;
		}
	}

	// The frame's address, as embed.js makes it from the same options.
	function previewAddress( attributes ) {
		var url = address( attributes );
		if ( ! url ) return '';
		url.searchParams.set( 'embed', '1' );
		OPTIONS.forEach( function ( name ) {
			var value = ( attributes[ name ] || '' ).trim();
			if ( value ) url.searchParams.set( name === 'ctaLabel' ? 'cta-label' : name, value );
		} );
		return url.href;
	}

	// Follows the typing after a pause, so the preview doesn't reload on every key.
	function useSettled( value, ms ) {
		var state = element.useState( value );
		element.useEffect(
			function () {
				var timer = setTimeout( function () {
					state[ 1 ]( value );
				}, ms );
				return function () {
					clearTimeout( timer );
				};
			},
			[ value ]
		);
		return state[ 0 ];
	}

	function edit( props ) {
		var a = props.attributes;
		var set = function ( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			};
		};
		var hidden = a.hide ? a.hide.split( ',' ) : [];
		var toggle = function ( name ) {
			return function ( on ) {
				var next = HIDDEN.filter( function ( h ) {
					return h === name ? on : hidden.indexOf( h ) !== -1;
				} );
				props.setAttributes( { hide: next.join( ',' ) } );
			};
		};
		var preview = useSettled( previewAddress( a ), 600 );
		var hasAddress = address( a ) !== null;
		var addressHelp = settings.address
			? __( 'Leave empty to use this site’s Candor address: ', 'candor' ) + settings.address
			: __( 'Where Candor is deployed, like https://example.com/candor/. An Administrator sets it once in Settings → Writing; until then, only posts of Administrators and Editors can show the quiz.', 'candor' );

		var sidebar = el(
			blockEditor.InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Look', 'candor' ) },
				el( SelectControl, {
					label: __( 'Theme', 'candor' ),
					value: a.theme,
					options: [
						{ label: __( 'Light', 'candor' ), value: 'light' },
						{ label: __( 'Dark', 'candor' ), value: 'dark' },
						{ label: __( 'Follow the reader’s device', 'candor' ), value: 'auto' },
					],
					help: __( 'Choose the one that matches your site: with the reader’s device, a reader in dark mode gets a dark quiz on a light page.', 'candor' ),
					onChange: set( 'theme' ),
				} ),
				el( TextControl, { label: __( 'Accent colour (RRGGBB)', 'candor' ), value: a.accent, onChange: set( 'accent' ) } ),
				el( TextControl, { label: __( 'Height before it loads (pixels)', 'candor' ), type: 'number', value: a.height, onChange: function ( v ) {
					props.setAttributes( { height: parseInt( v, 10 ) || 560 } );
				} } )
			),
			el(
				PanelBody,
				{ title: __( 'Words', 'candor' ), initialOpen: false },
				el( SelectControl, {
					label: __( 'Language', 'candor' ),
					value: a.lang,
					options: [
						{ label: __( 'The reader’s', 'candor' ), value: '' },
						{ label: 'English', value: 'en' },
						{ label: 'Deutsch', value: 'de' },
					],
					onChange: set( 'lang' ),
				} ),
				el( TextControl, { label: __( 'Name in place of “Candor” (40 characters)', 'candor' ), value: a.brand, onChange: set( 'brand' ) } ),
				el( TextControl, { label: __( 'Title (120 characters)', 'candor' ), value: a.title, onChange: set( 'title' ) } ),
				el( TextareaControl, { label: __( 'Introduction (400 characters)', 'candor' ), value: a.intro, onChange: set( 'intro' ) } )
			),
			el(
				PanelBody,
				{ title: __( 'Call to action', 'candor' ), initialOpen: false },
				el( TextControl, {
					label: __( 'Address (http(s) or mailto:)', 'candor' ),
					help: __( '{code} and {link} become the reader’s result code and link.', 'candor' ),
					value: a.cta,
					onChange: set( 'cta' ),
				} ),
				el( TextControl, { label: __( 'Button label (40 characters)', 'candor' ), value: a.ctaLabel, onChange: set( 'ctaLabel' ) } )
			),
			el(
				PanelBody,
				{ title: __( 'Hide', 'candor' ), initialOpen: false },
				HIDDEN.map( function ( name ) {
					return el( ToggleControl, {
						key: name,
						label: { share: __( 'Sharing', 'candor' ), team: __( 'Team comparison', 'candor' ), history: __( 'Past results', 'candor' ) }[ name ],
						checked: hidden.indexOf( name ) !== -1,
						onChange: toggle( name ),
					} );
				} )
			)
		);

		return el(
			'div',
			blockEditor.useBlockProps(),
			sidebar,
			el(
				Placeholder,
				{
					icon: 'forms',
					label: __( 'Candor quiz', 'candor' ),
					instructions: __( 'Readers see the quiz here, sized to its content. More options are in the block’s settings.', 'candor' ),
				},
				el(
					'div',
					{ style: { width: '100%' } },
					el( TextControl, { label: __( 'Candor address', 'candor' ), type: 'url', value: a.src, help: addressHelp, onChange: set( 'src' ) } ),
					el( TextControl, { label: __( 'Your quiz file (optional)', 'candor' ), value: a.quiz, onChange: set( 'quiz' ) } ),
					hasAddress && preview
						? el( 'iframe', {
								src: preview,
								title: __( 'Preview of the Candor quiz', 'candor' ),
								style: { display: 'block', width: '100%', height: '480px', border: 0 },
						  } )
						: null
				)
			)
		);
	}

	blocks.registerBlockType( 'candor/quiz', {
		edit: edit,
		// Rendered on the server from the attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
