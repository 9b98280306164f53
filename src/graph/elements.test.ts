import { describe, expect, it, vi } from 'vitest';
import { edgeId, storyElements, type EdgeData, type NodeData } from './elements';
import { ENTITY_KINDS } from './kinds';
import { GEOMETRY } from './geometry';
import { textWidth } from './label-metrics';
import { bundledStory, headlessGraph, tokenPalette } from './test-helpers';
import cytoscape from 'cytoscape';
import { buildStyle } from './style';

const { story } = bundledStory();

const headless = () => headlessGraph(story);

describe('the story as graph elements', () => {
  it('has one node per entity with its name, kind and shape', () => {
    const cy = headless();
    expect(cy.nodes()).toHaveLength(story.entities.length);
    for (const entity of story.entities) {
      const data = cy.getElementById(entity.id).data() as NodeData;
      expect(data.name).toBe(entity.name);
      expect(data.kind).toBe(entity.kind);
    }
  });

  it('labels a node with the short name where the story gives one, else the full name', () => {
    const cy = headless();
    const shortened = story.entities.filter((e) => e.shortName);
    expect(shortened.length).toBeGreaterThan(0);
    for (const entity of story.entities) {
      const label = String(cy.getElementById(entity.id).data('label')).replace(/\n/g, ' ');
      expect(label).toBe(entity.shortName ?? entity.name);
    }
    expect(cy.getElementById('nayib-bukele').data('label')).toBe('Bukele');
  });

  it('wraps long names into lines no wider than the label width', () => {
    const cy = headless();
    cy.nodes().forEach((node) => {
      for (const line of String(node.data('label')).split('\n')) {
        if (line.includes(' ')) {
          expect(textWidth(line, GEOMETRY.fontSize)).toBeLessThanOrEqual(GEOMETRY.maxLabelWidth);
        }
      }
    });
  });

  it('has one directed edge per relation, dashed when the relation is a claim', () => {
    const cy = headless();
    expect(cy.edges()).toHaveLength(story.relations.length);
    for (const relation of story.relations) {
      const edge = cy.getElementById(edgeId(relation.id));
      const data = edge.data() as EdgeData;
      expect([data.source, data.target, data.relationId]).toEqual([
        relation.from,
        relation.to,
        relation.id,
      ]);
      expect(data.dashed).toBe(Boolean(relation.claim));
      expect(edge.style('line-style')).toBe(relation.claim ? 'dashed' : 'solid');
      expect(edge.style('target-arrow-shape')).toBe('triangle');
    }
    expect(story.relations.some((r) => r.claim)).toBe(true);
  });

  it('keeps relation ids apart from entity ids, which may coincide', () => {
    const copy = structuredClone(story);
    copy.relations[0]!.id = copy.entities[0]!.id;
    const ids = storyElements(copy).map((el) => el.data.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the style by kind', () => {
  it('gives each kind its own shape and its own colour, from the tokens', () => {
    const cy = headless();
    const looks = ENTITY_KINDS.map((kind) => {
      cy.add({ group: 'nodes', data: { ...nodeOf(kind), id: `probe-${kind}` } });
      const node = cy.getElementById(`probe-${kind}`);
      return {
        shape: `${node.style('shape')} ${node.data('points')}`,
        colour: node.style('background-color'),
      };
    });
    expect(new Set(looks.map((l) => l.shape)).size).toBe(ENTITY_KINDS.length);
    expect(new Set(looks.map((l) => l.colour)).size).toBe(ENTITY_KINDS.length);
    const palette = tokenPalette();
    for (const kind of ENTITY_KINDS) expect(palette.kinds[kind]).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('is valid Cytoscape style throughout (no property is dropped with a warning)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    headless()
      .elements()
      .forEach((ele) => void ele.style('label'));
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });

  it('dims and dashes as the shared look says, fading nothing', () => {
    const cy = headless();
    const node = cy.getElementById('nayib-bukele');
    const look = (classes: string) => {
      const n = node.classes(classes);
      return [
        n.style('opacity'),
        n.style('background-color'),
        n.style('border-style'),
        n.style('border-width'),
        n.style('color'),
      ];
    };
    expect([look(''), look('s-dimmed'), look('h-dimmed'), look('inactive')]).toEqual([
      ['1', 'rgb(0,114,178)', 'solid', '1.5px', 'rgb(26,29,35)'],
      ['1', 'rgb(128,138,152)', 'solid', '1px', 'rgb(74,82,96)'],
      ['1', 'rgb(128,138,152)', 'solid', '1px', 'rgb(74,82,96)'],
      ['1', 'rgb(255,255,255)', 'dashed', '1.5px', 'rgb(74,82,96)'],
    ]);
    const claim = story.relations.find((r) => r.claim)!;
    expect(cy.getElementById(edgeId(claim.id)).style('line-dash-pattern')).toBe('6 4');
  });

  it('on a big graph draws relations thin, grey and headless, but the neighbourhood’s in full', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: storyElements(story),
      style: buildStyle(tokenPalette(), { transitions: false, edgeFontSize: 12, large: true }),
    });
    const edge = cy.getElementById(edgeId(story.relations[0]!.id));
    const look = (classes: string) => {
      const e = edge.classes(classes);
      return [e.style('line-color'), e.style('width'), e.style('target-arrow-shape')];
    };
    expect([look(''), look('s-related'), look('s-selected'), look('h-related')]).toEqual([
      ['rgb(128,138,152)', '1px', 'none'],
      ['rgb(26,29,35)', '3px', 'triangle'],
      ['rgb(26,29,35)', '4.5px', 'triangle'],
      ['rgb(26,29,35)', '3px', 'triangle'],
    ]);
    // Names keep their background, to read over the lines.
    expect(cy.getElementById('nayib-bukele').style('text-background-opacity')).toBe('0.85');
  });

  it('draws every node with a dark border, so light colours still stand out', () => {
    const cy = headless();
    cy.nodes().forEach((node) => {
      expect(parseFloat(node.style('border-width'))).toBeGreaterThanOrEqual(1.5);
    });
  });
});

function nodeOf(kind: (typeof ENTITY_KINDS)[number]) {
  const entity = { ...story.entities[0]!, kind };
  const [def] = storyElements({ ...story, entities: [entity], relations: [] });
  return def!.data;
}
