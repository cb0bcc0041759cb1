/* The Candor quiz block in the editor: the quiz (Candor's own or a file
 * uploaded in Settings → Candor) in the block, the other options in the
 * sidebar, and a live preview. The page itself is rendered on the server
 * (candor_render_block), so the saved post holds only the block's
 * attributes, which WordPress keeps for every role. Where Candor is loaded
 * from is not the post's to choose (Settings → Candor).
 *
 * Also: a post that holds Candor's two-line snippet in an HTML block, which
 * WordPress strips (or has stripped) for its author, gets a notice that
 * offers to turn it into the block. */
( function ( blocks, element, blockEditor, components, i18n, data ) {
	'use strict';
	var el = element.createElement;
	var __ = i18n.__;
	var TextControl = components.TextControl;
	var TextareaControl = components.TextareaControl;
	var SelectControl = components.SelectControl;
	var ToggleControl = components.ToggleControl;
	var PanelBody = components.PanelBody;
	var Placeholder = components.Placeholder;
	var settings = window.candorSettings || { address: '', quizzes: [] };
	var OPTIONS = [ 'theme', 'lang', 'accent', 'brand', 'title', 'intro', 'cta', 'ctaLabel', 'hide', 'quiz' ];
	var HIDDEN = [ 'share', 'team', 'history' ];

	function address() {
		try {
			var url = new URL( settings.address || '' );
			return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
		} catch ( e ) {
			return null;
		}
	}

	// An uploaded quiz file by its name.
	function uploaded( name ) {
		return ( settings.quizzes || [] ).filter( function ( quiz ) {
			return quiz.name === name;
		} )[ 0 ];
	}

	// The frame's address, as embed.js makes it from the same options
	// (a quiz's name stands for its file's address, as on the server).
	function previewAddress( attributes ) {
		var url = address();
		if ( ! url ) return '';
		url.searchParams.set( 'embed', '1' );
		OPTIONS.forEach( function ( name ) {
			var value = ( attributes[ name ] || '' ).trim();
			if ( name === 'quiz' && uploaded( value ) ) value = uploaded( value ).url;
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
		var hasAddress = address() !== null;
		var quizzes = [ { label: __( 'Candor’s own quiz', 'candor' ), value: '' } ].concat(
			( settings.quizzes || [] ).map( function ( quiz ) {
				return { label: quiz.title + ' (' + quiz.name + ')', value: quiz.name };
			} )
		);
		// A value from before (an address, or a file deleted since) stays visible.
		if ( a.quiz && ! uploaded( a.quiz ) ) quizzes.push( { label: a.quiz, value: a.quiz } );
		var quizHelp = settings.canUpload
			? __( 'Upload quiz files of your own in Settings → Candor.', 'candor' )
			: __( 'An Administrator or Editor uploads quiz files in Settings → Candor.', 'candor' );

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
					el( SelectControl, { label: __( 'Which quiz', 'candor' ), value: a.quiz, options: quizzes, help: quizHelp, onChange: set( 'quiz' ) } ),
					hasAddress
						? null
						: el( 'p', null, __( 'This copy of the Candor plugin does not carry Candor: an Administrator installs it from the candor-wordpress.zip that Candor’s build writes.', 'candor' ) ),
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

	// Candor's snippet pasted into a post: `<div data-candor-embed …>` and
	// its `<script … embed.js>`. WordPress removes the script when someone
	// who may not add scripts saves the post (or did before), and readers
	// then see nothing. Such blocks are offered as Candor quiz blocks.
	var NOTICE = 'candor-stripped-snippet';
	var ATTRIBUTES = { theme: 'theme', lang: 'lang', accent: 'accent', brand: 'brand', title: 'title', intro: 'intro', cta: 'cta', 'cta-label': 'ctaLabel', cta_label: 'ctaLabel', hide: 'hide', quiz: 'quiz' };

	function allBlocks( list ) {
		return list.reduce( function ( found, block ) {
			return found.concat( [ block ], allBlocks( block.innerBlocks || [] ) );
		}, [] );
	}

	function htmlOf( block ) {
		var content = block.attributes && block.attributes.content;
		return typeof content === 'string' ? content : content && content.toString ? content.toString() : '';
	}

	// The blocks whose snippet shows nothing to readers (or will not, once saved).
	function strippedSnippets( list ) {
		var snippets = list.filter( function ( block ) {
			return /^core\/(html|freeform|paragraph)$/.test( block.name ) && htmlOf( block ).indexOf( 'data-candor-embed' ) !== -1;
		} );
		var hasScript = list.some( function ( block ) {
			return /<script\b[^>]*\bsrc=["']?[^"'>\s]*embed\.js/i.test( htmlOf( block ) );
		} );
		return settings.canScripts && hasScript ? [] : snippets;
	}

	// The Candor quiz block with the snippet's options.
	function blockFor( snippet ) {
		var doc = new DOMParser().parseFromString( htmlOf( snippet ), 'text/html' );
		var placeholder = doc.querySelector( '[data-candor-embed]' );
		var attributes = {};
		Array.prototype.forEach.call( placeholder ? placeholder.attributes : [], function ( attribute ) {
			var name = attribute.name.replace( /^data-/, '' );
			if ( ATTRIBUTES[ name ] ) attributes[ ATTRIBUTES[ name ] ] = attribute.value;
			if ( name === 'height' && parseInt( attribute.value, 10 ) > 0 ) attributes.height = parseInt( attribute.value, 10 );
		} );
		( settings.quizzes || [] ).forEach( function ( quiz ) {
			if ( attributes.quiz && new URL( attributes.quiz, settings.address || location.href ).href === quiz.url ) attributes.quiz = quiz.name;
		} );
		return blocks.createBlock( 'candor/quiz', attributes );
	}

	function useTheBlock() {
		var editor = data.select( 'core/block-editor' );
		strippedSnippets( allBlocks( editor.getBlocks() ) ).forEach( function ( snippet ) {
			data.dispatch( 'core/block-editor' ).replaceBlocks( snippet.clientId, blockFor( snippet ) );
		} );
	}

	var seen = null;
	var shown = false;
	data.subscribe( function () {
		var editor = data.select( 'core/block-editor' );
		var list = editor && editor.getBlocks();
		if ( ! list || list === seen ) return;
		seen = list;
		var found = strippedSnippets( allBlocks( list ) ).length > 0;
		if ( found === shown ) return;
		shown = found;
		var notices = data.dispatch( 'core/notices' );
		if ( ! found ) return notices.removeNotice( NOTICE );
		notices.createWarningNotice(
			settings.canScripts
				? __( 'This post holds Candor’s snippet without its script, which WordPress removed when the post was saved by someone who may not add scripts: readers see nothing. Use the Candor quiz block instead.', 'candor' )
				: __( 'This post holds Candor’s snippet. WordPress removes its script when you save, so readers would see nothing. Use the Candor quiz block instead.', 'candor' ),
			{
				id: NOTICE,
				isDismissible: true,
				actions: [ { label: __( 'Use the Candor quiz block', 'candor' ), onClick: useTheBlock } ],
			}
		);
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n, window.wp.data );
